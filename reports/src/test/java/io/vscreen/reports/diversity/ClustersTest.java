package io.vscreen.reports.diversity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class ClustersTest {

    @Test
    void eachCompoundJoinsItsMostSimilarCentreWithinTheThreshold() {
        MatrixSpace space = MatrixSpace.line(new double[] {0, 1, 0.1, 0.8, 0.5, 3}, new int[] {-1, -1, -1, -1, -1, -1});
        // centres: row 1 (cluster 1, at 1.0) and row 0 (cluster 2, at 0.0); threshold 0.7
        int[] cluster = Clusters.assign(space, 6, new int[] {1, 0}, 0.7);
        // row 4 at 0.5 is 0.5 from both: below the threshold -> 0; row 5 far away -> 0
        assertArrayEquals(new int[] {2, 1, 2, 1, 0, 0}, cluster);
    }
}
