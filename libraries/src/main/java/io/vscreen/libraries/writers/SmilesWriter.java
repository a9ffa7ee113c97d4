package io.vscreen.libraries.writers;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes a SMILES file: optional header line, then {@code SMILES<TAB>id[<TAB>value...]} per
 * molecule. Tabs and line breaks inside ids and values are replaced by spaces so that every record
 * stays one line that the SMILES reader splits back into the same columns. Not thread-safe.
 */
public final class SmilesWriter implements Closeable, Flushable {
    private final Writer out;
    private long count;

    public SmilesWriter(Writer out) {
        this.out = out;
    }

    public static SmilesWriter create(Path file) throws IOException {
        return new SmilesWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
    }

    /** Writes the header line {@code smiles<TAB>id[<TAB>column...]}; call before any record. */
    public void writeHeader(String... extraColumns) throws IOException {
        if (count > 0) {
            throw new IllegalStateException("the header must come before the first record");
        }
        out.write("smiles\tid");
        for (String c : extraColumns) {
            out.write('\t');
            out.write(oneLine(c));
        }
        out.write('\n');
    }

    public void write(String smiles, String id) throws IOException {
        write(smiles, id, Map.of());
    }

    /** One line: the SMILES, the id, then the values in map order. */
    public void write(String smiles, String id, Map<String, String> values) throws IOException {
        if (smiles == null || smiles.isBlank() || smiles.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("not a SMILES: '" + smiles + "'");
        }
        out.write(smiles);
        out.write('\t');
        out.write(oneLine(id));
        for (String v : values.values()) {
            out.write('\t');
            out.write(oneLine(v));
        }
        out.write('\n');
        count++;
    }

    public long count() {
        return count;
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
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
