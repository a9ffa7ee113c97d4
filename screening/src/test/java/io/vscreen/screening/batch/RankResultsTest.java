package io.vscreen.screening.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RankResultsTest {

    static final String ASPIRIN = "BSYNRYMUTXBXSQ-UHFFFAOYSA-N";
    static final String CAFFEINE = "RYYVLZVUVIJVGH-UHFFFAOYSA-N";
    static final String IBUPROFEN = "HEFNNWSXXWATRW-UHFFFAOYSA-N";

    static String result(long record, int library, String inchiKey, String id, String smiles) {
        return new ResultLine(record, library, inchiKey, 0.55, id, smiles, "c1ccccc1", "", "180.2,1.2", "2048:1f,3a0",
                new double[] {0.25, 0.01, 0.4}).format();
    }

    /**
     * Two libraries in three partitions: aspirin three times (records 1, 4, 9), caffeine twice
     * (2, 6), a compound InChI cannot key (identified by its SMILES), ibuprofen once; record 3
     * and 8 are rejects.
     */
    static ScreenFiles screen(Path dir) throws IOException {
        ScreenFiles files = new ScreenFiles(dir);
        Files.createDirectories(files.work());
        Files.writeString(files.partitionResults(0), result(1, 0, ASPIRIN, "aspirin", "CC(=O)Oc1ccccc1C(=O)O")
                + result(2, 0, CAFFEINE, "caffeine", "Cn1cnc2c1c(=O)n(C)c(=O)n2C")
                + result(4, 0, ASPIRIN, "aspirin again", "CC(=O)Oc1ccccc1C(=O)O"));
        Files.writeString(files.partitionRejects(0),
                new RejectLine(3, 0, "broken", "C1CC", "unclosed ring 1").format());
        Files.writeString(files.partitionResults(1), result(5, 0, "SMILES:[Fe]", "iron", "[Fe]")
                + result(6, 0, CAFFEINE, "guaranine", "Cn1cnc2c1c(=O)n(C)c(=O)n2C"));
        Files.writeString(files.partitionResults(2), result(7, 1, IBUPROFEN, "ibuprofen", "CC(C)Cc1ccc(cc1)C(C)C(=O)O")
                + result(9, 1, ASPIRIN, "acetylsalicylic acid", "CC(=O)Oc1ccccc1C(=O)O"));
        Files.writeString(files.partitionRejects(2), new RejectLine(8, 1, "", "Xx", "unknown element Xx").format());
        return files;
    }

    @Test
    void keepsTheFirstOfEachInChIKeyAndListsTheOthers(@TempDir Path dir) throws IOException {
        ScreenFiles files = screen(dir);
        ScreenCounts counts = RankResults.rank(files, List.of("drugs.smi", "more.sdf"), 3, 9, RankResults.SORT_MEMORY);

        assertEquals(new ScreenCounts(9, 4, 2, 3), counts);
        assertEquals(result(1, 0, ASPIRIN, "aspirin", "CC(=O)Oc1ccccc1C(=O)O")
                        + result(2, 0, CAFFEINE, "caffeine", "Cn1cnc2c1c(=O)n(C)c(=O)n2C")
                        + result(5, 0, "SMILES:[Fe]", "iron", "[Fe]")
                        + result(7, 1, IBUPROFEN, "ibuprofen", "CC(C)Cc1ccc(cc1)C(C)C(=O)O"),
                Files.readString(files.unique()));
        assertEquals("""
                record,id,inchikey,duplicate_of,library
                4,aspirin again,BSYNRYMUTXBXSQ-UHFFFAOYSA-N,1,drugs.smi
                6,guaranine,RYYVLZVUVIJVGH-UHFFFAOYSA-N,2,drugs.smi
                9,acetylsalicylic acid,BSYNRYMUTXBXSQ-UHFFFAOYSA-N,1,more.sdf
                """, Files.readString(files.duplicates()));
        List<String> rejects = Files.readAllLines(files.rejects(), StandardCharsets.UTF_8);
        assertEquals(3, rejects.size());
        assertTrue(rejects.get(1).startsWith("3,broken,C1CC,"), rejects.get(1));
        assertTrue(rejects.get(2).startsWith("8,,Xx,"), rejects.get(2));
        // the work files of the merge are gone
        try (var s = Files.list(files.work())) {
            assertEquals(List.of(), s.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("duplicate") || n.endsWith(".tmp")).toList());
        }
    }

    @Test
    void sortsThatSpillToDiskGiveTheSameFiles(@TempDir Path dir) throws IOException {
        ScreenFiles inMemory = screen(dir.resolve("memory"));
        ScreenFiles spilled = screen(dir.resolve("disk"));
        ScreenCounts a = RankResults.rank(inMemory, List.of("drugs.smi", "more.sdf"), 3, 9, RankResults.SORT_MEMORY);
        ScreenCounts b = RankResults.rank(spilled, List.of("drugs.smi", "more.sdf"), 3, 9, 1); // a run per line
        assertEquals(a, b);
        for (Path f : List.of(inMemory.unique(), inMemory.duplicates(), inMemory.rejects())) {
            Path g = spilled.out().resolve(inMemory.out().relativize(f));
            assertEquals(Files.readString(f), Files.readString(g), f.getFileName().toString());
        }
    }

    @Test
    void resultsOutOfRecordOrderAreRefusedWithTheRecords(@TempDir Path dir) throws IOException {
        ScreenFiles files = screen(dir);
        Files.writeString(files.partitionResults(2), result(3, 1, IBUPROFEN, "ibuprofen", "CC(C)Cc1ccc(cc1)C(C)C(=O)O"));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> RankResults.rank(files, List.of("drugs.smi", "more.sdf"), 3, 9, RankResults.SORT_MEMORY));
        assertEquals("partition results out of record order in " + files.work() + ": record 3 after record 6",
                e.getMessage());
        assertFalse(Files.exists(files.unique()));
    }
}
