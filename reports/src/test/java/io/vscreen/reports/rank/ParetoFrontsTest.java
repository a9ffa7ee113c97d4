package io.vscreen.reports.rank;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class ParetoFrontsTest {

    @Test
    void handBuiltFronts() {
        // objective 0 maximised, objective 1 maximised
        double[][] obj = {
            {0.9, 0.5, 0.4, 0.9, 0.5},
            {-0.9, -0.1, -0.2, -0.1, -0.1},
        };
        int[] front = new int[5];
        ParetoFronts.assign(obj, new int[] {0, 1, 2, 3, 4}, front);
        // point 3 (0.9, -0.1) dominates all; 0 and 1/4 are incomparable; 4 equals 1; 2 is dominated by 1
        assertArrayEquals(new int[] {2, 2, 3, 1, 2}, front);
    }

    @Test
    void agreesWithPeelingOnRandomPointsWithTies() {
        Random rnd = new Random(42);
        for (int m = 1; m <= 5; m++) {
            int n = 400;
            double[][] obj = new double[m][n];
            for (double[] o : obj) {
                for (int i = 0; i < n; i++) {
                    o[i] = m == 4 ? rnd.nextDouble() : rnd.nextInt(12); // many ties, except for m = 4
                }
            }
            int[] front = new int[n];
            ParetoFronts.assign(obj, IntStream.range(0, n).toArray(), front);
            assertArrayEquals(peel(obj, n), front, "objectives: " + m);
        }
    }

    @Test
    void onlyTheGivenPointsAreAssigned() {
        double[][] obj = {{1, 2, 3, 4}};
        int[] front = new int[4];
        ParetoFronts.assign(obj, new int[] {0, 2}, front);
        assertArrayEquals(new int[] {2, 0, 1, 0}, front);
    }

    /** Textbook definition: repeatedly remove the set no remaining point dominates. */
    private static int[] peel(double[][] obj, int n) {
        int[] front = new int[n];
        int assigned = 0;
        for (int f = 1; assigned < n; f++) {
            int[] current = new int[n];
            int c = 0;
            for (int p = 0; p < n; p++) {
                if (front[p] != 0) {
                    continue;
                }
                boolean dominated = false;
                for (int q = 0; q < n && !dominated; q++) {
                    dominated = q != p && front[q] == 0 && ParetoFronts.dominates(obj, q, p);
                }
                if (!dominated) {
                    current[c++] = p;
                }
            }
            for (int i = 0; i < c; i++) {
                front[current[i]] = f;
            }
            assigned += c;
            assertEquals(true, c > 0);
        }
        return front;
    }
}
