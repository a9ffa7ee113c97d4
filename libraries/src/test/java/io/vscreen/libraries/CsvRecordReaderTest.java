package io.vscreen.libraries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** CSV: quoted fields with commas, quotes and line breaks; bad rows; column detection. */
class CsvRecordReaderTest extends RecordReaderContractTest {

    static final String LIBRARY = """
            Compound ID,activity,SMILES,note
            aspirin,1,CC(=O)Oc1ccccc1C(=O)O,plain
            ibuprofen,0,CC(C)Cc1ccc(cc1)C(C)C(=O)O,"quoted, with comma"
            paracetamol,1,CC(=O)Nc1ccc(O)cc1,"says ""hello""\"
            caffeine,1,Cn1cnc2c1c(=O)n(C)c(=O)n2C,"two
            lines"
            short,1,CCO
            blank,0,,empty smiles

            "metformin hydrochloride",1,"CN(C)C(=N)N=C(N)N.Cl",salt
            propranolol,1,CC(C)NCC(O)COc1cccc2ccccc12 ,trailing space
            """;

    @Override
    LibraryFormat format() {
        return LibraryFormat.CSV;
    }

    @Override
    String extension() {
        return ".csv";
    }

    @Override
    String library() {
        return LIBRARY;
    }

    @Override
    int expectedRecords() {
        return 9;
    }

    @Override
    Map<Long, String> expectedRejects() {
        return Map.of(5L, "CSV row has 3 fields, header has 4", 6L, "no SMILES in column 'SMILES'",
                7L, "empty record");
    }

    @Override
    Map<Long, String> expectedIds() {
        return Map.of(1L, "aspirin", 4L, "caffeine", 5L, "short", 7L, "lib:7", 8L, "metformin hydrochloride");
    }

    @Test
    void quotedFieldsAreUnquotedAndOtherColumnsKeptInOrder() throws IOException {
        List<Entry> entries = readAll(write("lib.csv", LIBRARY));
        Record ibuprofen = (Record) entries.get(1);
        assertEquals(Map.of("activity", "0", "note", "quoted, with comma"), ibuprofen.properties());
        assertEquals(List.of("activity", "note"), List.copyOf(ibuprofen.properties().keySet()));
        assertEquals("says \"hello\"", ((Record) entries.get(2)).properties().get("note"));
        Record caffeine = (Record) entries.get(3);
        assertEquals("two\nlines", caffeine.properties().get("note"));
        assertEquals("caffeine,1,Cn1cnc2c1c(=O)n(C)c(=O)n2C,\"two\nlines\"", caffeine.raw());
        assertEquals("CC(C)NCC(O)COc1cccc2ccccc12", ((Record) entries.get(8)).structure());
    }

    @Test
    void explicitColumnsAndDetectionErrors() throws IOException {
        Path p = write("lib.csv", LIBRARY);
        List<Entry> byNote = readAll(Libraries.openRecords(LibrarySpec.of(p).withIdColumn("note")));
        assertEquals("plain", byNote.get(0).id());
        LibraryException noSmiles = assertThrows(LibraryException.class,
                () -> Libraries.open(LibrarySpec.of(p).withSmilesColumn("canonical_smiles")));
        assertTrue(noSmiles.getMessage().contains("lib.csv"), noSmiles.getMessage());
        assertTrue(noSmiles.getMessage().contains("no SMILES column 'canonical_smiles'; columns found: Compound ID, activity, SMILES, note"),
                noSmiles.getMessage());
        Path noColumn = write("assay.csv", "compound,value\nCCO,1\n");
        LibraryException none = assertThrows(LibraryException.class, () -> Libraries.open(LibrarySpec.of(noColumn)));
        assertTrue(none.getMessage().contains("assay.csv: no SMILES column found"), none.getMessage());
        assertTrue(none.getMessage().endsWith("columns found: compound, value"), none.getMessage());
        LibraryException noId = assertThrows(LibraryException.class,
                () -> Libraries.open(LibrarySpec.of(p).withIdColumn("chembl_id")));
        assertTrue(noId.getMessage().contains("no id column 'chembl_id'"), noId.getMessage());
    }

    @Test
    void unclosedQuoteAtEndIsOneReject() throws IOException {
        Path p = write("open.csv", "smiles,name\nCCO,ethanol\nCCN,\"never closed\nCCC,propane\n");
        List<Entry> entries = readAll(Libraries.openRecords(LibrarySpec.of(p)));
        assertEquals(2, entries.size());
        assertEquals("quoted field not closed before end of file", ((Reject) entries.get(1)).reason());
    }
}
