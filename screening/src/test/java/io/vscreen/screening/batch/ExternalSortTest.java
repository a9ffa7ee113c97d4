package io.vscreen.screening.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExternalSortTest {

    @TempDir
    Path tmp;

    private record Key(double score, long record) {
        static Key of(String line) {
            String[] f = line.split("\t");
            return new Key(Double.parseDouble(f[1]), Long.parseLong(f[0]));
        }
    }

    private static final Comparator<Key> BEST_FIRST =
            Comparator.comparingDouble(Key::score).reversed().thenComparingLong(Key::record);

    private static List<String> lines(int n, long seed) {
        Random r = new Random(seed);
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            // few distinct scores, so that ties must be broken by the record number
            lines.add(i + "\t" + (r.nextInt(20) / 4.0) + "\tCCO");
        }
        return lines;
    }

    private List<String> sorted(List<String> in, long budget) throws Exception {
        List<String> out = new ArrayList<>();
        new ExternalSort<>(tmp.resolve("scratch"), budget, Key::of, BEST_FIRST).sort(in.iterator(), out::add);
        return out;
    }

    @Test
    void spilledRunsMergeToTheInMemoryOrder() throws Exception {
        List<String> in = lines(20_000, 7);
        List<String> expected = new ArrayList<>(in);
        expected.sort(Comparator.comparing(Key::of, BEST_FIRST));
        assertEquals(expected, sorted(in, Long.MAX_VALUE));
        // ~1,000 lines per run: 20 runs, one merge
        assertEquals(expected, sorted(in, 1_000 * 130L));
        // ~50 lines per run: 400 runs, more than the fan-in, so merged in several passes
        assertTrue(20_000 / 50 > ExternalSort.FAN_IN);
        assertEquals(expected, sorted(in, 50 * 130L));
        try (var left = Files.list(tmp.resolve("scratch"))) {
            assertEquals(0, left.count(), "run files are removed");
        }
    }

    @Test
    void emptyInputGivesEmptyOutput() throws Exception {
        assertEquals(List.of(), sorted(List.of(), 1000));
    }
}
