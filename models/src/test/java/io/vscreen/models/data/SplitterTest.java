package io.vscreen.models.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Scaffold and random splits: partitions, scaffold groups never straddle sets, rare scaffolds go to test. */
class SplitterTest {

    @Test
    void scaffoldSplitKeepsEachScaffoldInOneSetAndPutsRareOnesLast() {
        // 10 x A, 5 x B, 2 x C, 1 x D, 1 x E, 1 x F = 20 rows
        List<String> keys = new ArrayList<>();
        for (String k : new String[] {"A", "B", "C", "D", "E", "F"}) {
            int n = switch (k) { case "A" -> 10; case "B" -> 5; case "C" -> 2; default -> 1; };
            for (int i = 0; i < n; i++) {
                keys.add(k);
            }
        }
        java.util.Collections.shuffle(keys, new java.util.Random(3));
        Split s = new Splitter(0.1, 0.1).byScaffold(keys, 0);
        // largest first against a training cut of 16 and a validation cut of 18: A(10) and B(5) fill
        // 15; C(2) would make 17 > 16 so goes to validation; the first singleton makes exactly 16,
        // training; the other two would overflow both, test
        assertEquals(16, s.train().length);
        assertTrue(keysOf(keys, s.train()).containsAll(Set.of("A", "B")));
        assertEquals(Set.of("C"), keysOf(keys, s.valid()));
        assertEquals(2, s.test().length);
        assertPartition(20, s);
        // the singletons' order depends on the seed only
        Set<Set<String>> testSets = new HashSet<>();
        for (long seed = 0; seed < 12; seed++) {
            Split t = new Splitter(0.1, 0.1).byScaffold(keys, seed);
            assertEquals(Set.of("C"), keysOf(keys, t.valid()));
            testSets.add(keysOf(keys, t.test()));
        }
        assertEquals(3, testSets.size(), "each pair of singletons ends up in test for some seed");
        assertArrayEquals(s.test(), new Splitter(0.1, 0.1).byScaffold(keys, 0).test());
    }

    @Test
    void randomSplitIsASeededPartition() {
        Split a = new Splitter(0.1, 0.2).random(100, 5);
        Split b = new Splitter(0.1, 0.2).random(100, 5);
        Split c = new Splitter(0.1, 0.2).random(100, 6);
        assertEquals(70, a.train().length);
        assertEquals(10, a.valid().length);
        assertEquals(20, a.test().length);
        assertArrayEquals(a.test(), b.test());
        assertTrue(!java.util.Arrays.equals(a.test(), c.test()));
        assertPartition(100, a);
    }

    private static Set<String> keysOf(List<String> keys, int[] rows) {
        Set<String> s = new HashSet<>();
        for (int r : rows) {
            s.add(keys.get(r));
        }
        return s;
    }

    private static void assertPartition(int n, Split s) {
        Set<Integer> seen = new HashSet<>();
        for (int[] set : new int[][] {s.train(), s.valid(), s.test()}) {
            for (int r : set) {
                assertTrue(seen.add(r), "row " + r + " in two sets");
            }
        }
        assertEquals(n, seen.size());
    }
}
