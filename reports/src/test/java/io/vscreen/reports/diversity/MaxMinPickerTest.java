package io.vscreen.reports.diversity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class MaxMinPickerTest extends DiversityPickerContractTest {

    @Override
    DiversityPicker picker() {
        return new MaxMinPicker(0.95, 0);
    }

    @Test
    void addsTheCompoundFarthestFromThoseTaken() {
        // line positions; similarity = 1 - distance (0 beyond 1)
        MatrixSpace space = MatrixSpace.line(new double[] {0.5, 0.55, 0.0, 1.0, 0.3}, new int[] {-1, -1, -1, -1, -1});
        // start at row 0 (0.5); farthest are 0.0 and 1.0 (tie -> better rank: row 2); then 1.0 (row 3)
        assertArrayEquals(new int[] {0, 2, 3}, picker().pick(new int[] {0, 1, 2, 3, 4}, space, 3, 0));
    }

    @Test
    void stopsWhenEverythingLeftIsTooSimilar() {
        MatrixSpace space = MatrixSpace.line(new double[] {0, 0.01, 0.02, 0.5}, new int[] {-1, -1, -1, -1});
        assertArrayEquals(new int[] {0, 3}, new MaxMinPicker(0.9, 0).pick(new int[] {0, 1, 2, 3}, space, 4, 0));
    }

    @Test
    void picksOnlyFromThePool() {
        MatrixSpace space = MatrixSpace.line(new double[] {0, 0.2, 0.4, 5}, new int[] {-1, -1, -1, -1});
        assertArrayEquals(new int[] {0, 1, 2}, new MaxMinPicker(0.95, 3).pick(new int[] {0, 1, 2, 3}, space, 3, 0));
    }
}
