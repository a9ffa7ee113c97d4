package io.vscreen.models.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Cross-validation folds: scaffold groups kept whole, balanced folds, each member's split. */
class CrossValidationTest {

    /** 30 rows: scaffold groups of 8, 6, 4, 3, 3 and six singletons, in a shuffled order. */
    private static List<String> keys() {
        List<String> keys = new ArrayList<>();
        int[] sizes = {8, 6, 4, 3, 3, 1, 1, 1, 1, 1, 1};
        for (int g = 0; g < sizes.length; g++) {
            for (int i = 0; i < sizes[g]; i++) {
                keys.add("S" + g);
            }
        }
        java.util.Collections.shuffle(keys, new java.util.Random(7));
        return keys;
    }

    @Test
    void scaffoldFoldsKeepGroupsWholeAndBalanceSizes() {
        List<String> keys = keys();
        int[] rows = java.util.stream.IntStream.range(0, keys.size()).toArray();
        int[][] folds = Splitter.scaffoldFolds(keys, rows, 3, 0);
        assertEquals(3, folds.length);
        Map<String, Integer> foldOfKey = new HashMap<>();
        Set<Integer> seen = new HashSet<>();
        for (int f = 0; f < folds.length; f++) {
            for (int r : folds[f]) {
                assertTrue(seen.add(r), "row " + r + " in two folds");
                Integer before = foldOfKey.put(keys.get(r), f);
                assertTrue(before == null || before == f, "scaffold " + keys.get(r) + " divided between folds");
            }
        }
        assertEquals(30, seen.size());
        // largest first to the smallest fold: 8 | 6 | 4+3+... gives 10, 10, 10
        assertArrayEquals(new int[] {10, 10, 10}, Arrays.stream(folds).mapToInt(f -> f.length).toArray());
        assertArrayEquals(folds[0], Splitter.scaffoldFolds(keys, rows, 3, 0)[0]);
        Set<String> singletonFolds = new HashSet<>();
        for (long seed = 0; seed < 8; seed++) {
            int[][] s = Splitter.scaffoldFolds(keys, rows, 3, seed);
            singletonFolds.add(Arrays.toString(s[2]));
        }
        assertTrue(singletonFolds.size() > 1, "the seed orders groups of equal size");
    }

    @Test
    void foldsReadOnlyTheGivenRows() {
        List<String> keys = keys();
        int[] rows = {1, 4, 9, 12, 17, 22, 29};
        int[][] folds = Splitter.scaffoldFolds(keys, rows, 2, 0);
        int[] all = Arrays.stream(folds).flatMapToInt(Arrays::stream).sorted().toArray();
        assertArrayEquals(rows, all);
        int[][] random = Splitter.randomFolds(rows, 3, 0);
        assertArrayEquals(rows, Arrays.stream(random).flatMapToInt(Arrays::stream).sorted().toArray());
        assertArrayEquals(new int[] {3, 2, 2}, Arrays.stream(random).mapToInt(f -> f.length).toArray());
        assertNotEquals(Arrays.toString(random[0]), Arrays.toString(Splitter.randomFolds(rows, 3, 1)[0]));
    }

    @Test
    void foldsThatCannotBeMadeAreRefused() {
        List<String> keys = List.of("A", "A", "A", "B");
        int[] rows = {0, 1, 2, 3};
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Splitter.scaffoldFolds(keys, rows, 3, 0))
                .getMessage().contains("3 folds need at least 3 scaffold groups, the rows have 2"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Splitter.randomFolds(rows, 1, 0))
                .getMessage().contains("at least 2 folds"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Splitter.randomFolds(rows, 5, 0))
                .getMessage().contains("5 folds need at least 5 rows"));
    }

    @Test
    void eachMemberLearnsFromTheOtherFoldsAndStopsOnItsOwn() {
        List<String> keys = keys();
        Split outer = new Splitter(0.1, 0.2).byScaffold(keys, 0);
        CrossValidation cv = CrossValidation.byScaffold(outer, keys, 4);
        int[] pooled = cv.pooled();
        assertEquals(outer.train().length + outer.valid().length, pooled.length);
        for (int e = 0; e < 8; e++) {
            Split s = cv.member(e);
            assertArrayEquals(cv.folds()[e % 4], s.valid());
            assertArrayEquals(outer.test(), s.test());
            int[] both = java.util.stream.IntStream.concat(Arrays.stream(s.train()), Arrays.stream(s.valid())).sorted().toArray();
            assertArrayEquals(pooled, both, "member " + e + " sees every pooled row once");
            for (int r : s.train()) {
                assertTrue(Arrays.stream(s.valid()).noneMatch(v -> keys.get(v).equals(keys.get(r))),
                        "member " + e + " learns from a scaffold of its validation fold");
            }
        }
        assertEquals("scaffold fold 2/4", cv.member(5).method());
        assertTrue(cv.summary().startsWith("scaffold split, training and validation pooled into 4 folds"), cv.summary());
    }
}
