package io.vscreen.models.gnn;

import java.util.HashMap;
import java.util.Map;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import io.vscreen.chem.graph.GraphBatch;
import io.vscreen.chem.graph.MolGraph;

/**
 * The placeholder arrays of one {@link GraphBatch}. One padding atom and one padding edge are
 * appended (zero features, the edge runs from the padding atom to itself and is its own reverse, the
 * atom forms an extra readout segment that is dropped), so a batch of molecules without bonds still
 * has non-empty edge arrays and the padding never mixes with a real molecule.
 */
final class GraphInputs {

    static final String ATOMS = "atoms";
    static final String BONDS = "bonds";
    static final String SOURCE = "edgeSource";
    static final String TARGET = "edgeTarget";
    static final String REVERSE = "reverseEdge";
    static final String ATOM_MOLECULE = "atomMolecule";
    static final String ATOM_SEGMENTS = "atomSegments";
    static final String MOLECULE_SEGMENTS = "moleculeSegments";
    static final String MOLECULE_INDEX = "moleculeIndex";
    static final String DROP = "keep";

    private GraphInputs() {
    }

    /** The name of the dropout keep-mask placeholder in front of head layer {@code i}. */
    static String dropName(int i) {
        return DROP + i;
    }

    /** Ordered names of the graph placeholders (without dropout masks). */
    static String[] graphNames() {
        return new String[] {ATOMS, BONDS, SOURCE, TARGET, REVERSE, ATOM_MOLECULE, ATOM_SEGMENTS, MOLECULE_SEGMENTS,
                MOLECULE_INDEX};
    }

    /** Graph placeholder arrays in {@link #graphNames()} order. */
    static INDArray[] arrays(GraphBatch b) {
        int a = b.atomCount();
        int e = b.edgeCount();
        int m = b.moleculeCount();
        float[] atoms = new float[(a + 1) * MolGraph.ATOM_DIM];
        System.arraycopy(b.atomFeatures(), 0, atoms, 0, b.atomFeatures().length);
        float[] bonds = new float[(e + 1) * MolGraph.BOND_DIM];
        System.arraycopy(b.bondFeatures(), 0, bonds, 0, b.bondFeatures().length);
        int[] src = java.util.Arrays.copyOf(b.edgeSource(), e + 1);
        int[] tgt = java.util.Arrays.copyOf(b.edgeTarget(), e + 1);
        int[] rev = java.util.Arrays.copyOf(b.reverseEdge(), e + 1);
        src[e] = a;
        tgt[e] = a;
        rev[e] = e;
        int[] atomMol = java.util.Arrays.copyOf(b.atomMolecule(), a + 1);
        atomMol[a] = m;
        int[] molIndex = new int[m];
        for (int i = 0; i < m; i++) {
            molIndex[i] = i;
        }
        return new INDArray[] {
                Nd4j.create(atoms, new long[] {a + 1, MolGraph.ATOM_DIM}, 'c'),
                Nd4j.create(bonds, new long[] {e + 1, MolGraph.BOND_DIM}, 'c'),
                Nd4j.createFromArray(src), Nd4j.createFromArray(tgt), Nd4j.createFromArray(rev),
                Nd4j.createFromArray(atomMol), Nd4j.scalar(a + 1), Nd4j.scalar(m + 1),
                Nd4j.createFromArray(molIndex)};
    }

    /** Graph placeholders by name. */
    static Map<String, INDArray> map(GraphBatch b) {
        INDArray[] arr = arrays(b);
        String[] names = graphNames();
        Map<String, INDArray> map = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            map.put(names[i], arr[i]);
        }
        return map;
    }
}
