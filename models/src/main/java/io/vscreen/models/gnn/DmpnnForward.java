package io.vscreen.models.gnn;

import java.util.Arrays;
import java.util.Map;

import org.bytedeco.javacpp.FloatPointer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import io.vscreen.chem.graph.GraphBatch;
import io.vscreen.chem.graph.MolGraph;

/**
 * The forward pass of a trained {@link Dmpnn} in plain Java, for scoring: the same equations as the
 * SameDiff graph, with gathers and sums over edges done by index rather than by products with
 * dense structure matrices, which cost atoms x edges x hidden per pass. Here every step is linear
 * in atoms and edges: the message products ({@code W_m}, and the message part of {@code W_a}) are
 * one BLAS matrix product per step over all edges (atoms) of a run of molecules, and the one-hot
 * atom and bond features enter by adding the weight rows of their set columns.
 *
 * <p>A snapshot of the weights at construction: a network that trains on builds a new one. The
 * outputs equal the SameDiff graph's up to float rounding (sums run in another order). Immutable
 * and thread-safe.
 */
final class DmpnnForward {

    private final int hidden;
    private final int depth;
    private final Readout readout;
    private final int moleculeFeatures;
    /** W_i split into the atom part (ATOM_DIM x h) and the bond part (BOND_DIM x h). */
    private final float[][] wiAtom;
    private final float[][] wiBond;
    /** W_m (h x h) for BLAS products. */
    private final INDArray wm;
    /** W_a split into the atom part (ATOM_DIM x h) and the message part (h x h, for BLAS products). */
    private final float[][] waAtom;
    private final INDArray waMessage;
    private final float[] ba;
    private final float[][][] ffn;
    private final float[][] ffnBias;

    /** Takes the weights of a network, as {@link Dmpnn#weights()} gives them, under its spec. */
    DmpnnForward(Dmpnn.Spec spec, Map<String, INDArray> weights) {
        DmpnnConfig c = spec.config();
        hidden = c.hiddenSize();
        depth = c.depth();
        readout = c.readout();
        moleculeFeatures = spec.moleculeFeatures();
        float[][] wi = rows(weights, "W_i", MolGraph.ATOM_DIM + MolGraph.BOND_DIM, hidden);
        wiAtom = Arrays.copyOfRange(wi, 0, MolGraph.ATOM_DIM);
        wiBond = Arrays.copyOfRange(wi, MolGraph.ATOM_DIM, wi.length);
        wm = Nd4j.create(rows(weights, "W_m", hidden, hidden));
        float[][] wa = rows(weights, "W_a", MolGraph.ATOM_DIM + hidden, hidden);
        waAtom = Arrays.copyOfRange(wa, 0, MolGraph.ATOM_DIM);
        waMessage = Nd4j.create(Arrays.copyOfRange(wa, MolGraph.ATOM_DIM, wa.length));
        ba = rows(weights, "b_a", 1, hidden)[0];
        ffn = new float[c.ffnLayers() + 1][][];
        ffnBias = new float[c.ffnLayers() + 1][];
        int width = hidden + moleculeFeatures;
        for (int l = 0; l <= c.ffnLayers(); l++) {
            int out = l == c.ffnLayers() ? spec.taskCount() : c.ffnHiddenSize();
            ffn[l] = rows(weights, "W_ffn" + l, width, out);
            ffnBias[l] = rows(weights, "b_ffn" + l, 1, out)[0];
            width = out;
        }
    }

    private static float[][] rows(Map<String, INDArray> weights, String name, int in, int out) {
        INDArray a = weights.get(name);
        if (a == null || a.rows() != in || a.columns() != out) {
            throw new IllegalArgumentException("weight " + name + " is " + (a == null ? "missing" : a.rows() + "x"
                    + a.columns()) + ", expected " + in + "x" + out);
        }
        return a.toFloatMatrix();
    }

    /**
     * Most directed edges in one run of molecules: each step's arrays (edges x hidden floats, about
     * 1.6 MB at hidden 200) then stay small enough to be reused from cache, and a large scoring
     * batch does not allocate arrays of tens of megabytes per step.
     */
    static final int EDGE_BUDGET = 2048;

    /** Whether ND4J's arrays live in host memory (the CPU backend), which products then copy directly. */
    private static final boolean HOST_MEMORY = Nd4j.getEnvironment().isCPU();

    /**
     * Raw outputs (logits for classification, standardized values for regression), molecules x
     * tasks; the molecules are computed in runs of at most {@link #EDGE_BUDGET} edges (a larger
     * molecule is a run of its own).
     *
     * @param molecule per molecule, its features (null when the network takes none)
     */
    float[][] logits(GraphBatch b, float[][] molecule) {
        float[][] out = new float[b.moleculeCount()][];
        int first = 0;
        int edges = 0;
        for (int i = 0; i < b.moleculeCount(); i++) {
            int e = b.edgeCounts()[i];
            if (i > first && edges + e > EDGE_BUDGET) {
                run(b, molecule, first, i, out);
                first = i;
                edges = 0;
            }
            edges += e;
        }
        if (first < b.moleculeCount()) {
            run(b, molecule, first, b.moleculeCount(), out);
        }
        return out;
    }

    /** The outputs of molecules {@code from} (inclusive) to {@code to} (exclusive) into {@code out}. */
    private void run(GraphBatch b, float[][] molecule, int from, int to, float[][] out) {
        int a0 = b.atomOffsets()[from];
        int e0 = b.edgeOffsets()[from];
        int atoms = b.atomOffsets()[to - 1] + b.atomCounts()[to - 1] - a0;
        int edges = b.edgeOffsets()[to - 1] + b.edgeCounts()[to - 1] - e0;
        int h = hidden;
        float[] x = Arrays.copyOfRange(b.atomFeatures(), a0 * MolGraph.ATOM_DIM, (a0 + atoms) * MolGraph.ATOM_DIM);
        float[] e = Arrays.copyOfRange(b.bondFeatures(), e0 * MolGraph.BOND_DIM, (e0 + edges) * MolGraph.BOND_DIM);
        GraphInputs.finite(x);
        GraphInputs.finite(e);
        int[] source = new int[edges];
        int[] target = new int[edges];
        int[] reverse = new int[edges];
        for (int k = 0; k < edges; k++) {
            source[k] = b.edgeSource()[e0 + k] - a0;
            target[k] = b.edgeTarget()[e0 + k] - a0;
            reverse[k] = b.reverseEdge()[e0 + k] - e0;
        }

        // h0_uv = ReLU(W_i [x_u ; e_uv]); the atom part is shared by all edges leaving u
        float[] atomPart = new float[atoms * h];
        for (int a = 0; a < atoms; a++) {
            addProduct(x, a * MolGraph.ATOM_DIM, MolGraph.ATOM_DIM, wiAtom, atomPart, a * h);
        }
        float[] h0 = new float[edges * h];
        for (int k = 0; k < edges; k++) {
            System.arraycopy(atomPart, source[k] * h, h0, k * h, h);
            addProduct(e, k * MolGraph.BOND_DIM, MolGraph.BOND_DIM, wiBond, h0, k * h);
        }
        relu(h0);

        float[] msg = h0;
        float[] incoming = new float[atoms * h];
        float[] m = new float[edges * h];
        for (int d = 1; d < depth; d++) {
            sumIncoming(target, msg, incoming);
            for (int k = 0; k < edges; k++) {
                // m_uv = sum of messages into u minus the one from v
                int u = source[k] * h;
                int rev = reverse[k] * h;
                for (int j = 0; j < h; j++) {
                    m[k * h + j] = incoming[u + j] - msg[rev + j];
                }
            }
            float[] next = product(m, edges, wm);
            for (int j = 0; j < next.length; j++) {
                float v = next[j] + h0[j];
                next[j] = v > 0f ? v : 0f;
            }
            msg = next;
        }
        sumIncoming(target, msg, incoming);
        // W_a's message part for every atom at once
        float[] atomMessage = product(incoming, atoms, waMessage);

        int width = h + moleculeFeatures;
        float[] state = new float[h];
        for (int i = from; i < to; i++) {
            float[] v = new float[width];
            int n = b.atomCounts()[i];
            int first = b.atomOffsets()[i] - a0;
            for (int a = first; a < first + n; a++) {
                // a_v = ReLU(W_a [x_v ; incoming_v] + b_a)
                for (int j = 0; j < h; j++) {
                    state[j] = ba[j] + atomMessage[a * h + j];
                }
                addProduct(x, a * MolGraph.ATOM_DIM, MolGraph.ATOM_DIM, waAtom, state, 0);
                for (int j = 0; j < h; j++) {
                    if (state[j] > 0f) {
                        v[j] += state[j];
                    }
                }
            }
            if (readout == Readout.MEAN && n > 0) {
                float w = 1f / n;
                for (int j = 0; j < h; j++) {
                    v[j] *= w;
                }
            }
            if (moleculeFeatures > 0) {
                float[] f = molecule[i];
                for (int j = 0; j < moleculeFeatures; j++) {
                    v[h + j] = Float.isFinite(f[j]) ? f[j] : 0f;
                }
            }
            out[i] = head(v);
        }
    }

    private float[] head(float[] v) {
        for (int l = 0; l < ffn.length; l++) {
            float[] o = ffnBias[l].clone();
            addProduct(v, 0, v.length, ffn[l], o, 0);
            if (l < ffn.length - 1) {
                relu(o);
            }
            v = o;
        }
        return v;
    }

    /** {@code rows x h} times a weight matrix with {@code h} rows, by BLAS. */
    private static float[] product(float[] a, int rows, INDArray w) {
        return product(a, rows, w, HOST_MEMORY);
    }

    /** {@link #product(float[], int, INDArray)}, copying directly to host memory or through ND4J. */
    static float[] product(float[] a, int rows, INDArray w, boolean hostMemory) {
        if (rows == 0) {
            return new float[0];
        }
        int k = (int) w.rows();
        int n = (int) w.columns();
        if (!hostMemory) {
            // a device backend (CUDA) keeps its own copies of arrays: go through ND4J's transfers
            try (INDArray in = Nd4j.create(a, new long[] {rows, k}, 'c');
                    INDArray outT = Nd4j.create(DataType.FLOAT, new long[] {n, rows}, 'f')) {
                Nd4j.gemm(w, in, outT, true, true, 1.0, 0.0);
                return outT.data().asFloat();
            }
        }
        try (INDArray in = Nd4j.createUninitialized(DataType.FLOAT, new long[] {rows, k}, 'c');
                INDArray outT = Nd4j.createUninitialized(DataType.FLOAT, new long[] {n, rows}, 'f')) {
            // bulk copies into and out of the arrays' host memory: ND4J's float[] conversions go
            // element by element
            new FloatPointer(in.data().addressPointer()).put(a, 0, rows * k);
            // out^T = W^T in^T: written column-major, out^T's buffer is out row by row, and BLAS
            // needs no reordering copy (a row-major result costs one)
            Nd4j.gemm(w, in, outT, true, true, 1.0, 0.0);
            float[] result = new float[rows * n];
            new FloatPointer(outT.data().addressPointer()).get(result, 0, result.length);
            return result;
        }
    }

    /** Sums the messages arriving at each atom into {@code incoming} (atoms x h), which it overwrites. */
    private void sumIncoming(int[] target, float[] msg, float[] incoming) {
        int h = hidden;
        Arrays.fill(incoming, 0f);
        for (int k = 0; k < target.length; k++) {
            int t = target[k] * h;
            int s = k * h;
            for (int j = 0; j < h; j++) {
                incoming[t + j] += msg[s + j];
            }
        }
    }

    /**
     * {@code out[outAt ..] += in[inAt .. inAt + n] x w}, with {@code w} as rows (row {@code i}
     * holds the weights leaving input {@code i}); zero inputs are skipped.
     */
    private static void addProduct(float[] in, int inAt, int n, float[][] w, float[] out, int outAt) {
        for (int i = 0; i < n; i++) {
            float xi = in[inAt + i];
            if (xi != 0f) {
                float[] row = w[i];
                for (int j = 0; j < row.length; j++) {
                    out[outAt + j] += xi * row[j];
                }
            }
        }
    }

    private static void relu(float[] v) {
        for (int j = 0; j < v.length; j++) {
            if (v[j] < 0f) {
                v[j] = 0f;
            }
        }
    }
}
