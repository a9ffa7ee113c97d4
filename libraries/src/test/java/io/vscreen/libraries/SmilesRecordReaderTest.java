package io.vscreen.libraries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SmilesRecordReaderTest extends RecordReaderContractTest {

    static final String LIBRARY = """
            smiles name
            CC(=O)Oc1ccccc1C(=O)O aspirin
            CC(C)Cc1ccc(cc1)C(C)C(=O)O\tibuprofen
            # a comment line is not a record
            CC(=O)Nc1ccc(O)cc1   paracetamol
            Cn1cnc2c1c(=O)n(C)c(=O)n2C\t\tcaffeine

            CN(C)C(=N)N=C(N)N.Cl metformin hydrochloride
            c1ccccc1C
            \t   \t
            CC(C)NCC(O)COc1cccc2ccccc12 propranolol\s
            C1CC
            """;

    @Override
    LibraryFormat format() {
        return LibraryFormat.SMILES;
    }

    @Override
    String extension() {
        return ".smi";
    }

    @Override
    String library() {
        return LIBRARY;
    }

    @Override
    int expectedRecords() {
        return 10;
    }

    @Override
    Map<Long, String> expectedRejects() {
        return Map.of(5L, "empty record", 8L, "empty record");
    }

    @Override
    Map<Long, String> expectedIds() {
        return Map.of(1L, "aspirin", 2L, "ibuprofen", 3L, "paracetamol", 6L, "metformin hydrochloride",
                7L, "lib:7", 9L, "propranolol", 10L, "lib:10");
    }

    @Test
    void structureIsTheFirstWordAndTrailingSpacesAreIgnored() throws IOException {
        List<Entry> entries = readAll(write("lib.smi", LIBRARY));
        Record propranolol = (Record) entries.get(8);
        assertEquals("CC(C)NCC(O)COc1cccc2ccccc12", propranolol.structure());
        assertEquals(StructureKind.SMILES, propranolol.kind());
        assertEquals("CC(C)NCC(O)COc1cccc2ccccc12 propranolol ", propranolol.raw());
        // any run of whitespace separates the SMILES from the id
        Record caffeine = (Record) entries.get(3);
        assertEquals("Cn1cnc2c1c(=O)n(C)c(=O)n2C", caffeine.structure());
        assertEquals("caffeine", caffeine.id());
        assertEquals(Map.of(), caffeine.properties());
    }

    @Test
    void headerlessFileWithExtraTabColumns() throws IOException {
        Path p = write("drugs.ism", "CC(=O)Oc1ccccc1C(=O)O\tASP-1\t180.16\tanalgesic\nc1ccncc1\n");
        List<Entry> entries = readAll(Libraries.openRecords(LibrarySpec.of(p)));
        assertEquals(2, entries.size());
        Record aspirin = (Record) entries.get(0);
        assertEquals("ASP-1", aspirin.id());
        assertEquals(List.of("column3", "column4"), List.copyOf(aspirin.properties().keySet()));
        assertEquals(List.of("180.16", "analgesic"), List.copyOf(aspirin.properties().values()));
        assertEquals("drugs:2", entries.get(1).id());
    }

    @Test
    void headerNamesTheExtraColumns() throws IOException {
        Path p = write("h.smi", "SMILES Name MW\nCCO ethanol 46.07\nC methane 16.04\n");
        List<Entry> entries = readAll(Libraries.openRecords(LibrarySpec.of(p)));
        assertEquals(2, entries.size());
        assertEquals("ethanol", entries.get(0).id());
        assertEquals(Map.of("MW", "46.07"), ((Record) entries.get(0)).properties());
    }

    @Test
    void parserRejectsCarryTheParsersReason() throws IOException {
        List<Outcome> outcomes;
        try (LibraryReader reader = Libraries.open(LibrarySpec.of(write("lib.smi", LIBRARY)))) {
            outcomes = reader.stream().toList();
        }
        Outcome last = outcomes.get(9);
        assertInstanceOf(Outcome.Rejected.class, last);
        assertEquals("ring bond 1 not closed", ((Outcome.Rejected) last).reject().reason());
        Outcome aspirin = outcomes.get(0);
        assertEquals(13, ((Outcome.Parsed) aspirin).molecule().getAtomCount());
        assertEquals(7, outcomes.stream().filter(o -> o instanceof Outcome.Parsed).count());
    }
}
