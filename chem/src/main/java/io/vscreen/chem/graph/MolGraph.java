package io.vscreen.chem.graph;

import java.util.Objects;

/**
 * One molecule as graph tensors for a directed message-passing network (D-MPNN): heavy atoms as
 * nodes, each bond as two directed edges. Built by {@link MolGraphEncoder}, which documents every
 * feature column; batched by {@link GraphBatch}.
 *
 * <p>Directed edge {@code 2b} runs from the first to the second atom of bond {@code b}, edge
 * {@code 2b + 1} the other way, so {@code reverseEdge[e] == e ^ 1}. Both directions carry the same
 * bond features.
 *
 * <p>The arrays are handed over without copying, for speed when batching: treat them as read-only.
 *
 * @param atomCount    number of heavy atoms (hydrogens are counted in the atom features)
 * @param bondCount    number of bonds between them
 * @param atomFeatures {@code atomCount x ATOM_DIM}, row-major
 * @param bondFeatures {@code 2 * bondCount x BOND_DIM}, row-major, one row per directed edge
 * @param edgeSource   source atom of each directed edge
 * @param edgeTarget   target atom of each directed edge
 * @param reverseEdge  index of the opposite-direction edge of each directed edge
 */
public record MolGraph(int atomCount, int bondCount, float[] atomFeatures, float[] bondFeatures, int[] edgeSource,
        int[] edgeTarget, int[] reverseEdge) {

    /** Width of an atom feature row (see {@link MolGraphEncoder} for the columns). */
    public static final int ATOM_DIM = MolGraphEncoder.ATOM_DIM;

    /** Width of a bond feature row (see {@link MolGraphEncoder} for the columns). */
    public static final int BOND_DIM = MolGraphEncoder.BOND_DIM;

    public MolGraph {
        Objects.requireNonNull(atomFeatures, "atomFeatures");
        Objects.requireNonNull(bondFeatures, "bondFeatures");
        int edges = 2 * bondCount;
        if (atomFeatures.length != atomCount * ATOM_DIM || bondFeatures.length != edges * BOND_DIM
                || edgeSource.length != edges || edgeTarget.length != edges || reverseEdge.length != edges) {
            throw new IllegalArgumentException("graph arrays do not match " + atomCount + " atoms and " + bondCount + " bonds");
        }
    }

    /** Width of an atom feature row. */
    public int atomDim() {
        return ATOM_DIM;
    }

    /** Width of a bond feature row. */
    public int bondDim() {
        return BOND_DIM;
    }

    /** Number of directed edges ({@code 2 * bondCount}). */
    public int edgeCount() {
        return 2 * bondCount;
    }

    /** Atom feature {@code column} of atom {@code atom}. */
    public float atomFeature(int atom, int column) {
        Objects.checkIndex(atom, atomCount);
        Objects.checkIndex(column, ATOM_DIM);
        return atomFeatures[atom * ATOM_DIM + column];
    }

    /** Bond feature {@code column} of directed edge {@code edge}. */
    public float bondFeature(int edge, int column) {
        Objects.checkIndex(edge, edgeCount());
        Objects.checkIndex(column, BOND_DIM);
        return bondFeatures[edge * BOND_DIM + column];
    }

    /**
     * This graph without atom {@code atom} and its bonds (the other atoms keep their features and
     * order, shifted down past the removed one): the graph an occlusion explanation scores to see
     * what one atom contributes. Neighbours keep their hydrogen counts and degrees as encoded,
     * since the molecule is not re-perceived.
     */
    public MolGraph withoutAtom(int atom) {
        Objects.checkIndex(atom, atomCount);
        int kept = 0;
        for (int b = 0; b < bondCount; b++) {
            if (edgeSource[2 * b] != atom && edgeTarget[2 * b] != atom) {
                kept++;
            }
        }
        float[] atoms = new float[(atomCount - 1) * ATOM_DIM];
        System.arraycopy(atomFeatures, 0, atoms, 0, atom * ATOM_DIM);
        System.arraycopy(atomFeatures, (atom + 1) * ATOM_DIM, atoms, atom * ATOM_DIM, (atomCount - atom - 1) * ATOM_DIM);
        float[] bonds = new float[2 * kept * BOND_DIM];
        int[] source = new int[2 * kept];
        int[] target = new int[2 * kept];
        int[] reverse = new int[2 * kept];
        int e = 0;
        for (int b = 0; b < bondCount; b++) {
            int u = edgeSource[2 * b];
            int v = edgeTarget[2 * b];
            if (u == atom || v == atom) {
                continue;
            }
            for (int d = 0; d < 2; d++) {
                int from = 2 * b + d;
                System.arraycopy(bondFeatures, from * BOND_DIM, bonds, (e + d) * BOND_DIM, BOND_DIM);
                source[e + d] = shifted(edgeSource[from], atom);
                target[e + d] = shifted(edgeTarget[from], atom);
                reverse[e + d] = e + 1 - d;
            }
            e += 2;
        }
        return new MolGraph(atomCount - 1, kept, atoms, bonds, source, target, reverse);
    }

    private static int shifted(int a, int removed) {
        return a > removed ? a - 1 : a;
    }
}
