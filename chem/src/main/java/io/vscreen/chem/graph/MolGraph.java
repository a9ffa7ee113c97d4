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
}
