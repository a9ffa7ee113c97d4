package io.vscreen.reports.diversity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SphereExclusionPickerTest extends DiversityPickerContractTest {

    @Override
    DiversityPicker picker() {
        return new SphereExclusionPicker(0.7);
    }

    @Test
    void skipsNeighboursOfBetterRankedPicks() {
        // positions 0, 0.1, 0.5, 0.9, 2.0 ; similarity = 1 - distance ; threshold 0.7 = distance 0.3
        MatrixSpace space = MatrixSpace.line(new double[] {0, 0.1, 0.5, 0.9, 2.0}, new int[] {-1, -1, -1, -1, -1});
        assertArrayEquals(new int[] {0, 2, 3, 4}, picker().pick(new int[] {0, 1, 2, 3, 4}, space, 10, 0));
        // a different ranking keeps the best of each neighbourhood
        assertArrayEquals(new int[] {1, 2, 3}, picker().pick(new int[] {1, 0, 2, 3, 4}, space, 3, 0));
    }

    @Test
    void noTwoPicksAreWithinTheThreshold() {
        MatrixSpace space = randomSpace(400, 9);
        int[] picked = picker().pick(rankedReversed(400), space, 50, 0);
        for (int a : picked) {
            for (int b : picked) {
                assertTrue(a == b || space.similarity(a, b) < 0.7);
            }
        }
    }
}
