package io.vscreen.chem.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.vscreen.chem.StructureException;
import io.vscreen.chem.fingerprints.Drugs;

class GraphBatchTest {

    @Test
    void joinsGraphsWithShiftedIndices() throws StructureException {
        MolGraphEncoder encoder = new MolGraphEncoder();
        MolGraph ethanol = encoder.encode(Drugs.parse("CCO"));
        MolGraph benzene = encoder.encode(Drugs.parse("c1ccccc1"));
        MolGraph sodium = encoder.encode(Drugs.parse("[Na+]"));
        GraphBatch batch = GraphBatch.of(List.of(ethanol, benzene, sodium));

        assertEquals(3, batch.moleculeCount());
        assertEquals(3 + 6 + 1, batch.atomCount());
        assertEquals(4 + 12 + 0, batch.edgeCount());
        assertArrayEquals(new int[] {3, 6, 1}, batch.atomCounts());
        assertArrayEquals(new int[] {0, 3, 9}, batch.atomOffsets());
        assertArrayEquals(new int[] {4, 12, 0}, batch.edgeCounts());
        assertArrayEquals(new int[] {0, 4, 16}, batch.edgeOffsets());
        assertArrayEquals(new int[] {0, 0, 0, 1, 1, 1, 1, 1, 1, 2}, batch.atomMolecule());

        for (int e = 0; e < 12; e++) {
            assertEquals(3 + benzene.edgeSource()[e], batch.edgeSource()[4 + e]);
            assertEquals(3 + benzene.edgeTarget()[e], batch.edgeTarget()[4 + e]);
            assertEquals(4 + benzene.reverseEdge()[e], batch.reverseEdge()[4 + e]);
        }
        for (int e = 0; e < batch.edgeCount(); e++) {
            int rev = batch.reverseEdge()[e];
            assertEquals(batch.edgeSource()[e], batch.edgeTarget()[rev]);
            assertEquals(batch.atomMolecule()[batch.edgeSource()[e]], batch.atomMolecule()[batch.edgeTarget()[e]]);
        }
        int dim = MolGraph.ATOM_DIM;
        assertArrayEquals(Arrays.copyOfRange(benzene.atomFeatures(), 0, 6 * dim),
                Arrays.copyOfRange(batch.atomFeatures(), 3 * dim, 9 * dim));
        assertArrayEquals(sodium.atomFeatures(), Arrays.copyOfRange(batch.atomFeatures(), 9 * dim, 10 * dim));
        assertArrayEquals(Arrays.copyOfRange(benzene.bondFeatures(), 0, 12 * MolGraph.BOND_DIM),
                Arrays.copyOfRange(batch.bondFeatures(), 4 * MolGraph.BOND_DIM, 16 * MolGraph.BOND_DIM));
    }

    @Test
    void emptyBatch() {
        GraphBatch batch = GraphBatch.of(List.of());
        assertEquals(0, batch.atomCount());
        assertEquals(0, batch.atomMolecule().length);
    }
}
