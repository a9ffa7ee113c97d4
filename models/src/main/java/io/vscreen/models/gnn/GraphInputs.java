package io.vscreen.models.gnn;

import java.util.HashMap;
import java.util.Map;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import io.vscreen.chem.graph.GraphBatch;
import io.vscreen.chem.graph.MolGraph;

/**
 * The placeholder arrays of a run of molecules of one {@link GraphBatch}: atom and bond features
 * plus the batch's structure as dense 0/1 (or averaging) matrices, so that the network needs only
 * matrix products (ND4J 1.0.0-M2.1 keeps the output of every segment sum in native memory; matrix
 * products release theirs):
 * <ul>
 * <li>{@value #SOURCE}: edges x atoms, 1 at the source atom of each directed edge; times atom rows
 * it gathers them per edge;</li>
 * <li>{@value #INCOMING}: atoms x edges, 1 at the edges entering each atom; times edge messages it
 * sums the messages arriving at each atom;</li>
 * <li>{@value #READOUT}: molecules x atoms, the readout weights (1 / atom count for a mean, 1 for a
 * sum) of each molecule's atoms.</li>
 * </ul>
 * Non-finite features become 0 ({@link #finite}). Edges are reordered so that each bond's two directions are rows {@code 2j} and {@code 2j + 1}:
 * the message on the reverse edge is then a swap of the halves of each row pair, a fixed
 * permutation the network applies with a constant matrix.
 *
 * <p>Padding atoms and edges are appended so that atom and edge counts are multiples of
 * {@value #BUCKET} with at least one padding atom and two padding edges: zero features, every
 * padding edge runs from the first padding atom to itself, padding edges pair with each other, and
 * padding atoms belong to no molecule. So a batch of molecules without bonds still has non-empty
 * edge arrays, the padding never mixes with a real molecule, and the native library sees few
 * distinct array shapes.
 */
final class GraphInputs {

    static final String ATOMS = "atoms";
    static final String BONDS = "bonds";
    static final String SOURCE = "edgeSource";
    static final String INCOMING = "incomingEdges";
    static final String READOUT = "readout";
    static final String DROP = "keep";
    /** Whole-molecule features joined to the readout (only in networks that take them). */
    static final String MOLECULE = "moleculeFeatures";

    /** Atom and edge counts are padded up to a multiple of this. */
    static final int BUCKET = 64;

    /**
     * Most atoms fed to one forward pass at inference (a larger batch is scored in runs of whole
     * molecules): the structure matrices grow with atoms times edges.
     */
    static final int ATOM_BUDGET = 256;

    private GraphInputs() {
    }

    /** The name of the dropout keep-mask placeholder in front of head layer {@code i}. */
    static String dropName(int i) {
        return DROP + i;
    }

    /** Ordered names of the graph placeholders (without dropout masks). */
    static String[] graphNames() {
        return new String[] {ATOMS, BONDS, SOURCE, INCOMING, READOUT};
    }

    /** Graph placeholder arrays of the whole batch in {@link #graphNames()} order. */
    static INDArray[] arrays(GraphBatch b, Readout readout) {
        return arrays(b, 0, b.moleculeCount(), readout);
    }

    /**
     * Graph placeholder arrays of molecules {@code from} (inclusive) to {@code to} (exclusive) of a
     * batch, in {@link #graphNames()} order.
     */
    static INDArray[] arrays(GraphBatch b, int from, int to, Readout readout) {
        int m = to - from;
        int a0 = from < b.moleculeCount() ? b.atomOffsets()[from] : b.atomCount();
        int e0 = from < b.moleculeCount() ? b.edgeOffsets()[from] : b.edgeCount();
        int a = to > from ? b.atomOffsets()[to - 1] + b.atomCounts()[to - 1] - a0 : 0;
        int e = to > from ? b.edgeOffsets()[to - 1] + b.edgeCounts()[to - 1] - e0 : 0;
        int pa = padded(a, 1);
        int pe = padded(e, 2);
        float[] atoms = new float[pa * MolGraph.ATOM_DIM];
        System.arraycopy(b.atomFeatures(), a0 * MolGraph.ATOM_DIM, atoms, 0, a * MolGraph.ATOM_DIM);
        finite(atoms);

        // pair each edge with its reverse: rows 2j and 2j + 1
        int[] order = new int[pe];
        int next = 0;
        for (int k = 0; k < e; k++) {
            int r = b.reverseEdge()[e0 + k] - e0;
            if (r < 0 || r >= e) {
                throw new IllegalArgumentException("edge " + k + " has its reverse outside its molecule");
            }
            if (k < r) {
                order[next++] = k;
                order[next++] = r;
            } else if (k == r) {
                throw new IllegalArgumentException("edge " + k + " is its own reverse");
            }
        }
        if (next != e) {
            throw new IllegalArgumentException("directed edges do not come in reverse pairs");
        }
        float[] bonds = new float[pe * MolGraph.BOND_DIM];
        float[] source = new float[pe * pa];
        float[] incoming = new float[pa * pe];
        for (int j = 0; j < pe; j++) {
            int src;
            int tgt;
            if (j < e) {
                int k = order[j];
                System.arraycopy(b.bondFeatures(), (e0 + k) * MolGraph.BOND_DIM, bonds, j * MolGraph.BOND_DIM,
                        MolGraph.BOND_DIM);
                src = b.edgeSource()[e0 + k] - a0;
                tgt = b.edgeTarget()[e0 + k] - a0;
            } else {
                src = a;
                tgt = a;
            }
            source[j * pa + src] = 1f;
            incoming[tgt * pe + j] = 1f;
        }
        float[] pool = new float[m * pa];
        for (int i = 0; i < m; i++) {
            int first = b.atomOffsets()[from + i] - a0;
            int n = b.atomCounts()[from + i];
            float w = readout == Readout.MEAN ? (n == 0 ? 0f : 1f / n) : 1f;
            for (int v = 0; v < n; v++) {
                pool[i * pa + first + v] = w;
            }
        }
        finite(bonds);
        return new INDArray[] {
                Nd4j.create(atoms, new long[] {pa, MolGraph.ATOM_DIM}, 'c'),
                Nd4j.create(bonds, new long[] {pe, MolGraph.BOND_DIM}, 'c'),
                Nd4j.create(source, new long[] {pe, pa}, 'c'),
                Nd4j.create(incoming, new long[] {pa, pe}, 'c'),
                Nd4j.create(pool, new long[] {m, pa}, 'c')};
    }

    /**
     * Replaces features the encoder could not compute (NaN or infinite, e.g. the natural-abundance
     * mass of an element that has none) by 0: one such atom would otherwise turn a whole minibatch's
     * loss, and from then on every weight, into NaN.
     */
    static void finite(float[] features) {
        for (int i = 0; i < features.length; i++) {
            if (!Float.isFinite(features[i])) {
                features[i] = 0f;
            }
        }
    }

    /** {@code n + minPadding} rounded up to a multiple of {@link #BUCKET}. */
    static int padded(int n, int minPadding) {
        return (n + minPadding + BUCKET - 1) / BUCKET * BUCKET;
    }

    /**
     * Where to cut molecules {@code 0 .. moleculeCount} of a batch into runs of at most
     * {@link #ATOM_BUDGET} atoms (a larger molecule is a run of its own): run {@code i} is molecules
     * {@code cuts[i] .. cuts[i + 1]}.
     */
    static int[] runs(GraphBatch b) {
        int[] cuts = new int[b.moleculeCount() + 1];
        int n = 1;
        int atoms = 0;
        for (int i = 0; i < b.moleculeCount(); i++) {
            int c = b.atomCounts()[i];
            if (atoms > 0 && atoms + c > ATOM_BUDGET) {
                cuts[n++] = i;
                atoms = 0;
            }
            atoms += c;
        }
        cuts[n++] = b.moleculeCount();
        return java.util.Arrays.copyOf(cuts, n);
    }

    /**
     * The {@value #MOLECULE} placeholder of molecules {@code from} (inclusive) to {@code to}
     * (exclusive): their feature rows, each of {@code width} values; non-finite values become 0.
     *
     * @throws IllegalArgumentException when the rows are missing or a row has another width
     */
    static INDArray moleculeFeatures(float[][] rows, int from, int to, int width) {
        checkMoleculeFeatures(rows, from, to, width);
        float[] v = new float[(to - from) * width];
        for (int i = from; i < to; i++) {
            System.arraycopy(rows[i], 0, v, (i - from) * width, width);
        }
        finite(v);
        return Nd4j.create(v, new long[] {to - from, width}, 'c');
    }

    /**
     * Checks that molecules {@code from .. to} each have a feature row of {@code width} values.
     *
     * @throws IllegalArgumentException naming the first molecule whose row is missing or has another width
     */
    static void checkMoleculeFeatures(float[][] rows, int from, int to, int width) {
        if (rows == null) {
            throw new IllegalArgumentException("the network takes " + width + " molecule features and none were given");
        }
        if (rows.length < to) {
            throw new IllegalArgumentException(rows.length + " molecule feature rows for " + to + " molecules");
        }
        for (int i = from; i < to; i++) {
            if (rows[i] == null || rows[i].length != width) {
                throw new IllegalArgumentException("molecule " + i + " has " + (rows[i] == null ? "no" : rows[i].length)
                        + " features, the network takes " + width);
            }
        }
    }

    /** Graph placeholders of molecules {@code from .. to} by name. */
    static Map<String, INDArray> map(GraphBatch b, int from, int to, Readout readout) {
        INDArray[] arr = arrays(b, from, to, readout);
        String[] names = graphNames();
        Map<String, INDArray> map = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            map.put(names[i], arr[i]);
        }
        return map;
    }
}
