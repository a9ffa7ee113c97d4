package io.vscreen.reports.diversity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Rules every {@link DiversityPicker} keeps; each implementation's test extends this. */
abstract class DiversityPickerContractTest {

    abstract DiversityPicker picker();

    static MatrixSpace randomSpace(int n, long seed) {
        Random rnd = new Random(seed);
        double[] x = new double[n];
        int[] scaffolds = new int[n];
        for (int i = 0; i < n; i++) {
            x[i] = rnd.nextDouble() * 10;
            scaffolds[i] = rnd.nextInt(6) - 1; // -1 = acyclic
        }
        return MatrixSpace.line(x, scaffolds);
    }

    static int[] rankedReversed(int n) {
        int[] r = new int[n];
        for (int i = 0; i < n; i++) {
            r[i] = n - 1 - i;
        }
        return r;
    }

    @Test
    void picksASubsequenceOfTheRankingStartingWithTheBest() {
        MatrixSpace space = randomSpace(200, 1);
        int[] ranked = rankedReversed(200);
        int[] picked = picker().pick(ranked, space, 20, 0);
        assertTrue(picked.length > 0 && picked.length <= 20);
        assertEquals(ranked[0], picked[0]);
        int last = -1;
        for (int p : picked) {
            int pos = indexOf(ranked, p);
            assertTrue(pos > last, "picked rows must be in rank order");
            last = pos;
        }
    }

    @Test
    void respectsTheScaffoldLimit() {
        MatrixSpace space = randomSpace(300, 2);
        int[] picked = picker().pick(rankedReversed(300), space, 30, 2);
        Map<Integer, Integer> count = new HashMap<>();
        for (int p : picked) {
            if (space.scaffold(p) >= 0) {
                count.merge(space.scaffold(p), 1, Integer::sum);
            }
        }
        count.values().forEach(c -> assertTrue(c <= 2, "at most 2 per scaffold, got " + count));
    }

    @Test
    void isDeterministic() {
        MatrixSpace space = randomSpace(150, 3);
        assertArrayEquals(picker().pick(rankedReversed(150), space, 25, 1),
                picker().pick(rankedReversed(150), space, 25, 1));
    }

    @Test
    void handlesEmptyAndShortLists() {
        MatrixSpace space = randomSpace(3, 4);
        assertEquals(0, picker().pick(new int[0], space, 10, 0).length);
        assertEquals(0, picker().pick(new int[] {0, 1, 2}, space, 0, 0).length);
        assertTrue(picker().pick(new int[] {2, 1, 0}, space, 10, 0).length <= 3);
    }

    static int indexOf(int[] a, int v) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] == v) {
                return i;
            }
        }
        return -1;
    }
}
