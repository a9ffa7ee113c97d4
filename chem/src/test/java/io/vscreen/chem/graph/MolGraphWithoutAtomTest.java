package io.vscreen.chem.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.vscreen.chem.StructureException;
import io.vscreen.chem.fingerprints.Drugs;

/** Removing one atom from a molecular graph, as occlusion explanations of graph networks do. */
class MolGraphWithoutAtomTest {

    @Test
    void removesTheAtomAndItsBondsAndKeepsEverythingElse() throws StructureException {
        MolGraph aspirin = new MolGraphEncoder().encode(Drugs.parse("CC(=O)Oc1ccccc1C(=O)O"));
        for (int atom = 0; atom < aspirin.atomCount(); atom++) {
            MolGraph g = aspirin.withoutAtom(atom);
            int degree = 0;
            Set<String> expected = new HashSet<>();
            for (int e = 0; e < aspirin.edgeCount(); e++) {
                int u = aspirin.edgeSource()[e];
                int v = aspirin.edgeTarget()[e];
                if (u == atom) {
                    degree++;
                } else if (v != atom) {
                    expected.add(edge(old(u, atom), old(v, atom), aspirin, e));
                }
            }
            assertEquals(aspirin.atomCount() - 1, g.atomCount());
            assertEquals(aspirin.bondCount() - degree, g.bondCount(), "atom " + atom);
            for (int a = 0; a < g.atomCount(); a++) {
                int was = a < atom ? a : a + 1;
                assertArrayEquals(Arrays.copyOfRange(aspirin.atomFeatures(), was * MolGraph.ATOM_DIM, (was + 1) * MolGraph.ATOM_DIM),
                        Arrays.copyOfRange(g.atomFeatures(), a * MolGraph.ATOM_DIM, (a + 1) * MolGraph.ATOM_DIM));
            }
            Set<String> found = new HashSet<>();
            for (int e = 0; e < g.edgeCount(); e++) {
                found.add(edge(g.edgeSource()[e], g.edgeTarget()[e], g, e));
                int rev = g.reverseEdge()[e];
                assertEquals(e ^ 1, rev);
                assertEquals(g.edgeSource()[e], g.edgeTarget()[rev]);
                assertEquals(g.edgeTarget()[e], g.edgeSource()[rev]);
            }
            assertEquals(expected, found, "atom " + atom);
        }
    }

    @Test
    void aSingleAtomLeavesAnEmptyGraphAndABadIndexIsRefused() throws StructureException {
        MolGraph methane = new MolGraphEncoder().encode(Drugs.parse("C"));
        MolGraph empty = methane.withoutAtom(0);
        assertEquals(0, empty.atomCount());
        assertEquals(0, empty.edgeCount());
        assertThrows(IndexOutOfBoundsException.class, () -> methane.withoutAtom(1));
    }

    /** The atom index after removing {@code removed}. */
    private static int old(int a, int removed) {
        return a > removed ? a - 1 : a;
    }

    private static String edge(int u, int v, MolGraph g, int e) {
        return u + ">" + v + Arrays.toString(Arrays.copyOfRange(g.bondFeatures(), e * MolGraph.BOND_DIM, (e + 1) * MolGraph.BOND_DIM));
    }
}
