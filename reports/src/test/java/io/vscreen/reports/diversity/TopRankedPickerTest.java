package io.vscreen.reports.diversity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class TopRankedPickerTest extends DiversityPickerContractTest {

    @Override
    DiversityPicker picker() {
        return new TopRankedPicker();
    }

    @Test
    void takesTheBestSkippingFullScaffolds() {
        MatrixSpace space = MatrixSpace.line(new double[] {0, 0, 0, 0, 0}, new int[] {7, 7, 7, -1, 8});
        assertArrayEquals(new int[] {0, 1, 3}, picker().pick(new int[] {0, 1, 2, 3, 4}, space, 3, 2));
    }
}
