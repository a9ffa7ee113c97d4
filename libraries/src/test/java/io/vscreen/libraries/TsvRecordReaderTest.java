package io.vscreen.libraries;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** TSV: tab-separated with a header; ids from a 'Name' column. */
class TsvRecordReaderTest extends RecordReaderContractTest {

    static final String LIBRARY = "smiles\tName\tMW\n"
            + "CC(=O)Oc1ccccc1C(=O)O\taspirin\t180.16\n"
            + "CC(C)Cc1ccc(cc1)C(C)C(=O)O\tibuprofen\t206.28\n"
            + "CC(=O)Nc1ccc(O)cc1\tparacetamol, acetaminophen\t151.16\n"
            + "Cn1cnc2c1c(=O)n(C)c(=O)n2C\tcaffeine\n"
            + "C1CC\tbroken ring\t0\n"
            + "CN(C)C(=N)N=C(N)N\tmetformin\t129.16\n";

    @Override
    LibraryFormat format() {
        return LibraryFormat.TSV;
    }

    @Override
    String extension() {
        return ".tsv";
    }

    @Override
    String library() {
        return LIBRARY;
    }

    @Override
    int expectedRecords() {
        return 6;
    }

    @Override
    Map<Long, String> expectedRejects() {
        return Map.of(4L, "TSV row has 2 fields, header has 3");
    }

    @Override
    Map<Long, String> expectedIds() {
        return Map.of(1L, "aspirin", 3L, "paracetamol, acetaminophen", 4L, "caffeine", 6L, "metformin");
    }

    @Test
    void commasAreOrdinaryCharactersInTsv() throws IOException {
        List<Entry> entries = readAll(write("lib.tsv", LIBRARY));
        assertEquals(Map.of("MW", "151.16"), ((Record) entries.get(2)).properties());
        assertEquals(LibraryFormat.TSV, LibrarySpec.of(write("x.tab", "")).resolvedFormat());
    }
}
