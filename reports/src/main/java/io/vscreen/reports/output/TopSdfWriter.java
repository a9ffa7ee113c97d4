package io.vscreen.reports.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.StringWriter;
import java.util.List;

import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.io.MDLV2000Writer;
import org.openscience.cdk.layout.StructureDiagramGenerator;
import org.openscience.cdk.silent.SilentChemObjectBuilder;
import org.openscience.cdk.smiles.SmilesParser;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.vscreen.reports.Candidate;
import io.vscreen.reports.rank.Ranking;
import io.vscreen.reports.store.CandidateStore;

/**
 * Writes {@code top.sdf}: the selected compounds in rank order as V2000 molfiles with 2D
 * coordinates (CDK's structure diagram generator), the compound id as title and every
 * {@code ranked.csv} column as an SD data item ({@code > <name>}, the value on one line, a blank
 * line; an empty value is a header directly followed by the blank line). The molfile blocks come
 * from CDK's {@link MDLV2000Writer}; the data items are written here so that empty values and
 * line breaks follow the CTfile rules exactly. Readable by CDK, RDKit and Open Babel. A compound
 * whose SMILES cannot be laid out is left out with a warning naming its record; the others are
 * written.
 */
public final class TopSdfWriter {

    private static final Logger LOG = LoggerFactory.getLogger(TopSdfWriter.class);

    private final RankedColumns columns;

    public TopSdfWriter(RankedColumns columns) {
        this.columns = columns;
    }

    private static String oneLine(String s) {
        return s.replace('\r', ' ').replace('\n', ' ');
    }

    /**
     * Blanks the date and time (columns 11 to 20) of the molfile's program line, which CDK fills
     * with the time of writing, so the same ranking always gives the same bytes. The CTfile format
     * allows blank fields there; program name and dimension code stay.
     */
    static String withoutTimestamp(String molfile) {
        int first = molfile.indexOf('\n');
        int second = first < 0 ? -1 : molfile.indexOf('\n', first + 1);
        if (second < 0 || second - first - 1 < 20) {
            return molfile;
        }
        int start = first + 1;
        return molfile.substring(0, start + 10) + " ".repeat(10) + molfile.substring(start + 20);
    }

    public void write(Path file, Ranking ranking, CandidateStore store) throws IOException {
        SmilesParser parser = new SmilesParser(SilentChemObjectBuilder.getInstance());
        StructureDiagramGenerator sdg = new StructureDiagramGenerator();
        List<String> header = columns.header();
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int row : ranking.selected()) {
                Candidate c = store.get(row);
                IAtomContainer mol;
                try {
                    mol = parser.parseSmiles(c.smiles());
                    sdg.generateCoordinates(mol);
                } catch (CDKException | RuntimeException e) {
                    LOG.warn("record {} ({}): left out of {}: cannot lay out SMILES '{}': {}", c.record(), c.id(),
                            file.getFileName(), c.smiles(), e.getMessage());
                    continue;
                }
                mol.setTitle(oneLine(c.id()));
                StringWriter molfile = new StringWriter();
                try (MDLV2000Writer mdl = new MDLV2000Writer(molfile)) {
                    mdl.write(mol);
                } catch (CDKException e) {
                    throw new IOException("record " + c.record() + " (" + c.id() + "): cannot write a molfile to " + file
                            + ": " + e.getMessage(), e);
                }
                w.write(withoutTimestamp(molfile.toString().replace("\r\n", "\n")));
                List<String> values = columns.values(ranking, row, c);
                for (int i = 0; i < header.size(); i++) {
                    w.write("> <" + header.get(i) + ">\n");
                    String v = oneLine(values.get(i));
                    if (!v.isEmpty()) {
                        w.write(v);
                        w.write('\n');
                    }
                    w.write('\n');
                }
                w.write("$$$$\n");
            }
        }
    }
}
