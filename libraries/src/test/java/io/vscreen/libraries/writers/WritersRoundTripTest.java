package io.vscreen.libraries.writers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.tools.manipulator.MolecularFormulaManipulator;

import io.vscreen.libraries.Libraries;
import io.vscreen.libraries.LibraryReader;
import io.vscreen.libraries.LibrarySpec;
import io.vscreen.libraries.Outcome;
import io.vscreen.libraries.Reject;

/** What the writers write, the readers (or Commons CSV) read back unchanged. */
class WritersRoundTripTest {

    @TempDir
    Path dir;

    static final Path DRUGS = Path.of("examples/approved_drugs.smi");

    static List<Outcome.Parsed> drugs(int n) throws IOException {
        List<Outcome.Parsed> list = new ArrayList<>();
        try (LibraryReader r = Libraries.open(LibrarySpec.of(DRUGS))) {
            for (Outcome o; list.size() < n && (o = r.next()) != null; ) {
                list.add((Outcome.Parsed) o);
            }
        }
        return list;
    }

    static String formula(IAtomContainer mol) {
        return MolecularFormulaManipulator.getString(MolecularFormulaManipulator.getMolecularFormula(mol));
    }

    @Test
    void rejectsCsvQuotesWhatNeedsQuoting() throws IOException {
        List<Reject> rejects = List.of(
                new Reject(3, "bad, ring", "C1CC bad, ring", "ring bond 1 not closed"),
                new Reject(7, "sd:7", "title\n  prog\n\n  1  0 ...\n\"quoted\"", "SDF record truncated: no 'M  END' before end of file"),
                new Reject(9, "empty", "", "empty record"));
        Path file = dir.resolve("rejects.csv");
        try (RejectsCsvWriter w = RejectsCsvWriter.create(file)) {
            for (Reject r : rejects) {
                w.write(r);
            }
            assertEquals(3, w.count());
        }
        try (Reader in = Files.newBufferedReader(file);
                CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            assertEquals(List.of("record", "id", "raw", "reason"), p.getHeaderNames());
            List<CSVRecord> rows = p.getRecords();
            assertEquals(3, rows.size());
            for (int i = 0; i < 3; i++) {
                Reject r = rejects.get(i);
                assertEquals(new Reject(Long.parseLong(rows.get(i).get("record")), rows.get(i).get("id"),
                        rows.get(i).get("raw"), rows.get(i).get("reason")), r);
            }
        }
    }

    @Test
    void smilesFileRoundTrip() throws IOException {
        List<Outcome.Parsed> drugs = drugs(20);
        Path file = dir.resolve("out.smi");
        try (SmilesWriter w = SmilesWriter.create(file)) {
            w.writeHeader("source", "note");
            for (Outcome.Parsed d : drugs) {
                Map<String, String> values = new LinkedHashMap<>();
                values.put("source", "examples");
                values.put("note", "tab\there");
                w.write(d.record().structure(), d.id(), values);
            }
        }
        List<Outcome> back;
        try (LibraryReader r = Libraries.open(LibrarySpec.of(file))) {
            back = r.stream().toList();
        }
        assertEquals(drugs.size(), back.size());
        for (int i = 0; i < drugs.size(); i++) {
            Outcome.Parsed b = assertInstanceOf(Outcome.Parsed.class, back.get(i));
            assertEquals(drugs.get(i).id(), b.id());
            assertEquals(drugs.get(i).record().structure(), b.record().structure());
            assertEquals(Map.of("source", "examples", "note", "tab here"), b.record().properties());
        }
    }

    @Test
    void sdFileRoundTrip() throws IOException {
        List<Outcome.Parsed> drugs = drugs(25);
        Path file = dir.resolve("out.sdf");
        try (SdfWriter w = SdfWriter.create(file)) {
            for (Outcome.Parsed d : drugs) {
                Map<String, String> props = new LinkedHashMap<>();
                props.put("SMILES", d.record().structure());
                props.put("RANK", Integer.toString((int) d.number()));
                props.put("COMMENT", "line one\nline two");
                w.write(d.molecule(), d.id(), props);
            }
        }
        List<Outcome> back;
        try (LibraryReader r = Libraries.open(LibrarySpec.of(file))) {
            back = r.stream().toList();
        }
        assertEquals(drugs.size(), back.size());
        for (int i = 0; i < drugs.size(); i++) {
            Outcome.Parsed b = assertInstanceOf(Outcome.Parsed.class, back.get(i), () -> back.toString());
            Outcome.Parsed d = drugs.get(i);
            assertEquals(d.id(), b.id());
            assertEquals(formula(d.molecule()), formula(b.molecule()), d.id());
            assertEquals(List.of("SMILES", "RANK", "COMMENT"), List.copyOf(b.record().properties().keySet()));
            assertEquals("line one\nline two", b.record().properties().get("COMMENT"));
            assertEquals(d.record().structure(), b.record().properties().get("SMILES"));
        }
    }
}
