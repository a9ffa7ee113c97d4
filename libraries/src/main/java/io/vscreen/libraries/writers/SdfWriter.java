package io.vscreen.libraries.writers;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.io.MDLV2000Writer;
import org.openscience.cdk.io.MDLV3000Writer;

/**
 * Writes an SD file: per molecule a molfile (V2000, or V3000 beyond 999 atoms or bonds, which
 * V2000 cannot hold), then the given properties as {@code > <NAME>} data items in map order, then
 * {@code $$$$}. The title line is the given id. Molecules are written with whatever coordinates
 * they carry (none: all zero). Not thread-safe.
 */
public final class SdfWriter implements Closeable, Flushable {
    private final Writer out;
    private long count;

    public SdfWriter(Writer out) {
        this.out = out;
    }

    public static SdfWriter create(Path file) throws IOException {
        return new SdfWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
    }

    /** Writes one record. The molecule's title is set to {@code id} while writing, then restored. */
    public void write(IAtomContainer molecule, String id, Map<String, String> properties) throws IOException {
        String oldTitle = molecule.getTitle();
        molecule.setTitle(id == null ? "" : id.replace('\n', ' '));
        StringWriter block = new StringWriter();
        try {
            if (molecule.getAtomCount() > 999 || molecule.getBondCount() > 999) {
                try (MDLV3000Writer w = new MDLV3000Writer(block)) {
                    w.write(molecule);
                }
            } else {
                try (MDLV2000Writer w = new MDLV2000Writer(block)) {
                    w.write(molecule);
                }
            }
        } catch (CDKException e) {
            throw new IOException("cannot write molecule '" + id + "' as a molfile: " + e.getMessage(), e);
        } finally {
            molecule.setTitle(oldTitle);
        }
        String text = block.toString();
        out.write(text);
        if (!text.endsWith("\n")) {
            out.write('\n');
        }
        for (Map.Entry<String, String> p : properties.entrySet()) {
            out.write("> <" + p.getKey() + ">\n");
            String v = p.getValue() == null ? "" : p.getValue();
            // a blank line ends a data item: keep multi-line values free of blank lines
            out.write(v.replace("\r", "").replaceAll("\n\\s*\n", "\n").strip());
            out.write("\n\n");
        }
        out.write("$$$$\n");
        count++;
    }

    public long count() {
        return count;
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
