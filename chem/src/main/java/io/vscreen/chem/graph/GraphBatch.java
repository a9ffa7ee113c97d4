package io.vscreen.chem.graph;

import java.util.List;

/**
 * Many {@link MolGraph}s joined into one disjoint graph, the form a graph network consumes in one
 * pass: atoms of molecule {@code m} occupy rows {@code atomOffsets[m] .. atomOffsets[m] +
 * atomCounts[m]}, its directed edges {@code edgeOffsets[m] .. edgeOffsets[m] + edgeCounts[m]}, and
 * every atom and edge index inside the edge arrays is shifted by those offsets. Readout sums or
 * averages atom states per molecule with {@link #atomMolecule()} (a segment index); messages into
 * an atom are summed over the edges whose {@link #edgeTarget()} it is. The arrays are not copied by
 * the accessors: treat them as read-only.
 *
 * @param moleculeCount number of molecules
 * @param atomCount     total atoms
 * @param edgeCount     total directed edges
 * @param atomFeatures  {@code atomCount x MolGraph.ATOM_DIM}, row-major
 * @param bondFeatures  {@code edgeCount x MolGraph.BOND_DIM}, row-major
 * @param edgeSource    source atom (batch index) of each directed edge
 * @param edgeTarget    target atom (batch index) of each directed edge
 * @param reverseEdge   opposite-direction edge (batch index) of each directed edge
 * @param atomMolecule  molecule of each atom
 * @param atomCounts    atoms per molecule
 * @param atomOffsets   first atom row of each molecule
 * @param edgeCounts    directed edges per molecule
 * @param edgeOffsets   first edge row of each molecule
 */
public record GraphBatch(int moleculeCount, int atomCount, int edgeCount, float[] atomFeatures, float[] bondFeatures,
        int[] edgeSource, int[] edgeTarget, int[] reverseEdge, int[] atomMolecule, int[] atomCounts, int[] atomOffsets,
        int[] edgeCounts, int[] edgeOffsets) {

    /** Joins graphs in list order (molecule {@code m} is {@code graphs.get(m)}). */
    public static GraphBatch of(List<MolGraph> graphs) {
        int m = graphs.size();
        int[] atomCounts = new int[m];
        int[] atomOffsets = new int[m];
        int[] edgeCounts = new int[m];
        int[] edgeOffsets = new int[m];
        int atoms = 0;
        int edges = 0;
        for (int i = 0; i < m; i++) {
            MolGraph g = graphs.get(i);
            atomOffsets[i] = atoms;
            edgeOffsets[i] = edges;
            atomCounts[i] = g.atomCount();
            edgeCounts[i] = g.edgeCount();
            atoms += g.atomCount();
            edges += g.edgeCount();
        }
        float[] atomFeatures = new float[atoms * MolGraph.ATOM_DIM];
        float[] bondFeatures = new float[edges * MolGraph.BOND_DIM];
        int[] source = new int[edges];
        int[] target = new int[edges];
        int[] reverse = new int[edges];
        int[] atomMolecule = new int[atoms];
        for (int i = 0; i < m; i++) {
            MolGraph g = graphs.get(i);
            int ao = atomOffsets[i];
            int eo = edgeOffsets[i];
            System.arraycopy(g.atomFeatures(), 0, atomFeatures, ao * MolGraph.ATOM_DIM, g.atomFeatures().length);
            System.arraycopy(g.bondFeatures(), 0, bondFeatures, eo * MolGraph.BOND_DIM, g.bondFeatures().length);
            for (int e = 0; e < g.edgeCount(); e++) {
                source[eo + e] = ao + g.edgeSource()[e];
                target[eo + e] = ao + g.edgeTarget()[e];
                reverse[eo + e] = eo + g.reverseEdge()[e];
            }
            java.util.Arrays.fill(atomMolecule, ao, ao + g.atomCount(), i);
        }
        return new GraphBatch(m, atoms, edges, atomFeatures, bondFeatures, source, target, reverse, atomMolecule,
                atomCounts, atomOffsets, edgeCounts, edgeOffsets);
    }
}
