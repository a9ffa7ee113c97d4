package io.vscreen.models.nn;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.vscreen.models.TaskType;
import io.vscreen.models.features.ModelInput;

/**
 * A trained multitask MLP as plain weights: ReLU hidden layers and one output per task (sigmoid
 * probability for classification, identity for regression in standardized units). Immutable and
 * thread-safe.
 *
 * <p>The forward pass takes the input sparse ({@link ModelInput}: sorted on-bit indices, or
 * positions with values for counts and descriptors): the first layer sums the weight rows of the
 * non-zero inputs instead of multiplying a mostly-zero vector, which makes inference on
 * fingerprints cheap. Weights are stored as little-endian bfloat16, layer by layer ({@code W} row-major then
 * {@code b}).
 */
public final class Mlp {
    /**
     * Per layer, the weight rows: {@code rows[l][i]} holds the weights leaving input {@code i} of
     * layer {@code l}. One array per row rather than one row-major array: the inner loops then
     * index the row and the activations with the same index, which the JIT turns into vector
     * instructions (with an offset into a shared array it does not, about five times slower).
     */
    private final float[][][] rows;
    private final float[][] biases;
    private final TaskType type;

    public Mlp(List<DenseWeights> layers, TaskType type) {
        if (layers.isEmpty()) {
            throw new IllegalArgumentException("an MLP needs at least one layer");
        }
        for (int i = 1; i < layers.size(); i++) {
            if (layers.get(i).nIn() != layers.get(i - 1).nOut()) {
                throw new IllegalArgumentException("layer " + i + " takes " + layers.get(i).nIn()
                        + " inputs but layer " + (i - 1) + " gives " + layers.get(i - 1).nOut());
            }
        }
        this.rows = new float[layers.size()][][];
        this.biases = new float[layers.size()][];
        for (int l = 0; l < layers.size(); l++) {
            DenseWeights d = layers.get(l);
            float[][] r = new float[d.nIn()][];
            for (int i = 0; i < d.nIn(); i++) {
                r[i] = Arrays.copyOfRange(d.w(), i * d.nOut(), (i + 1) * d.nOut());
            }
            rows[l] = r;
            biases[l] = d.b().clone();
        }
        this.type = type;
    }

    public int inputs() {
        return rows[0].length;
    }

    public int outputs() {
        return biases[biases.length - 1].length;
    }

    public TaskType type() {
        return type;
    }

    /** The layers as row-major weights (a copy). */
    public List<DenseWeights> layers() {
        List<DenseWeights> list = new ArrayList<>(rows.length);
        for (int l = 0; l < rows.length; l++) {
            int nOut = biases[l].length;
            float[] w = new float[rows[l].length * nOut];
            for (int i = 0; i < rows[l].length; i++) {
                System.arraycopy(rows[l][i], 0, w, i * nOut, nOut);
            }
            list.add(new DenseWeights(rows[l].length, nOut, w, biases[l].clone()));
        }
        return list;
    }

    /** Layer sizes from input to output, e.g. {@code [2048, 256, 12]}. */
    public List<Integer> shape() {
        List<Integer> s = new ArrayList<>();
        s.add(inputs());
        for (float[] b : biases) {
            s.add(b.length);
        }
        return s;
    }

    /** Outputs for one molecule given its sorted on-bits. */
    public float[] predict(int[] onBits) {
        return predict(ModelInput.ofBits(onBits));
    }

    /**
     * Outputs for one molecule given its sparse input: the first layer adds, for each listed
     * position, the position's weight row times its value (just the row for bit inputs).
     */
    public float[] predict(ModelInput input) {
        float[][] w = rows[0];
        float[] h = biases[0].clone();
        int n = h.length;
        int[] index = input.index();
        float[] values = input.values();
        for (int k = 0; k < index.length; k++) {
            float[] row = w[checked(index[k])];
            if (values == null) {
                for (int j = 0; j < n; j++) {
                    h[j] += row[j];
                }
            } else {
                float x = values[k];
                if (x == 0f) {
                    continue;
                }
                for (int j = 0; j < n; j++) {
                    h[j] += x * row[j];
                }
            }
        }
        return hiddenAndOutput(h);
    }

    /**
     * Outputs for several molecules, each equal to {@link #predict(ModelInput)} of that molecule
     * (same additions in the same order), with each first-layer weight row read once for the
     * batch rather than once per molecule: the rows of a wide input layer do not stay in cache
     * from one molecule to the next, and molecules share most of their set positions. A null
     * input gives a null output.
     */
    public float[][] predict(List<ModelInput> inputs) {
        float[][] w = rows[0];
        int n = biases[0].length;
        int nIn = w.length;
        int batch = inputs.size();
        float[][] h = new float[batch][];
        int[] start = new int[nIn + 1];
        for (int b = 0; b < batch; b++) {
            ModelInput in = inputs.get(b);
            if (in == null) {
                continue;
            }
            h[b] = biases[0].clone();
            for (int bit : in.index()) {
                start[checked(bit) + 1]++;
            }
        }
        for (int p = 0; p < nIn; p++) {
            start[p + 1] += start[p];
        }
        int[] molecule = new int[start[nIn]];
        float[] value = new float[start[nIn]];
        int[] fill = Arrays.copyOf(start, nIn);
        for (int b = 0; b < batch; b++) {
            ModelInput in = inputs.get(b);
            if (in == null) {
                continue;
            }
            int[] index = in.index();
            float[] values = in.values();
            for (int k = 0; k < index.length; k++) {
                int at = fill[index[k]]++;
                molecule[at] = b;
                value[at] = values == null ? 1f : values[k]; // 1 * w == w exactly
            }
        }
        for (int p = 0; p < nIn; p++) {
            float[] row = w[p];
            for (int e = start[p]; e < start[p + 1]; e++) {
                float[] hb = h[molecule[e]];
                float x = value[e];
                if (x != 0f) {
                    for (int j = 0; j < n; j++) {
                        hb[j] += x * row[j];
                    }
                }
            }
        }
        float[][] out = new float[batch][];
        for (int b = 0; b < batch; b++) {
            out[b] = h[b] == null ? null : hiddenAndOutput(h[b]);
        }
        return out;
    }

    private int checked(int bit) {
        if (bit < 0 || bit >= rows[0].length) {
            throw new IllegalArgumentException("input " + bit + " outside [0, " + rows[0].length + ")");
        }
        return bit;
    }

    /** The layers after the first, from the first layer's pre-activation {@code h}. */
    private float[] hiddenAndOutput(float[] h) {
        for (int li = 1; li < rows.length; li++) {
            relu(h);
            float[][] lw = rows[li];
            float[] out = biases[li].clone();
            int m = out.length;
            for (int i = 0; i < lw.length; i++) {
                float x = h[i];
                if (x == 0f) {
                    continue;
                }
                float[] row = lw[i];
                for (int j = 0; j < m; j++) {
                    out[j] += x * row[j];
                }
            }
            h = out;
        }
        if (type == TaskType.CLASSIFICATION) {
            for (int j = 0; j < h.length; j++) {
                h[j] = (float) (1.0 / (1.0 + Math.exp(-h[j])));
            }
        }
        return h;
    }

    private static void relu(float[] h) {
        for (int j = 0; j < h.length; j++) {
            if (h[j] < 0f) {
                h[j] = 0f;
            }
        }
    }

    /**
     * A copy whose output biases are shifted by {@code shift[t]}: for a classifier trained with
     * active weight {@code w_t}, a shift of {@code -ln(w_t)} undoes the weighting's inflation of
     * the odds, so outputs are again probabilities at the training set's prevalence. Rankings
     * (ROC-AUC, enrichment) do not change.
     */
    public Mlp withOutputBiasShift(double[] shift) {
        List<DenseWeights> l = layers();
        DenseWeights last = l.get(l.size() - 1);
        if (shift.length != last.nOut()) {
            throw new IllegalArgumentException(shift.length + " shifts for " + last.nOut() + " outputs");
        }
        float[] b = last.b().clone();
        for (int t = 0; t < b.length; t++) {
            b[t] += (float) shift[t];
        }
        l.set(l.size() - 1, new DenseWeights(last.nIn(), last.nOut(), last.w(), b));
        return new Mlp(l, type);
    }

    /** A copy with every weight rounded to bfloat16, i.e. exactly what {@link #toBytes()} stores. */
    public Mlp roundedToStoragePrecision() {
        List<DenseWeights> r = new ArrayList<>();
        for (DenseWeights l : layers()) {
            float[] w = l.w();
            float[] b = l.b();
            for (int i = 0; i < w.length; i++) {
                w[i] = Bfloat16.round(w[i]);
            }
            for (int i = 0; i < b.length; i++) {
                b[i] = Bfloat16.round(b[i]);
            }
            r.add(new DenseWeights(l.nIn(), l.nOut(), w, b));
        }
        return new Mlp(r, type);
    }

    /** Number of bytes {@link #toBytes()} writes for an MLP of the given layer sizes. */
    public static long storedBytes(List<Integer> shape) {
        long params = 0;
        for (int i = 1; i < shape.size(); i++) {
            params += (long) shape.get(i - 1) * shape.get(i) + shape.get(i);
        }
        return params * 2;
    }

    /** The weights as little-endian bfloat16, layer by layer. */
    public byte[] toBytes() {
        ByteBuffer buf = ByteBuffer.allocate((int) storedBytes(shape())).order(ByteOrder.LITTLE_ENDIAN);
        for (DenseWeights l : layers()) {
            for (float f : l.w()) {
                buf.putShort(Bfloat16.fromFloat(f));
            }
            for (float f : l.b()) {
                buf.putShort(Bfloat16.fromFloat(f));
            }
        }
        return buf.array();
    }

    /**
     * Reads weights written by {@link #toBytes()} for the given layer sizes.
     *
     * @throws IllegalArgumentException when the byte count does not match the shape (a truncated
     *     or foreign file)
     */
    public static Mlp fromBytes(byte[] bytes, List<Integer> shape, TaskType type) {
        long expected = storedBytes(shape);
        if (bytes.length != expected) {
            throw new IllegalArgumentException("holds " + bytes.length + " bytes but a " + shape
                    + " network needs " + expected + (bytes.length < expected ? " (truncated)" : ""));
        }
        ByteBuffer buf = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        List<DenseWeights> layers = new ArrayList<>();
        for (int i = 1; i < shape.size(); i++) {
            int nIn = shape.get(i - 1);
            int nOut = shape.get(i);
            float[] w = new float[nIn * nOut];
            float[] b = new float[nOut];
            for (int k = 0; k < w.length; k++) {
                w[k] = Bfloat16.toFloat(buf.getShort());
            }
            for (int k = 0; k < b.length; k++) {
                b[k] = Bfloat16.toFloat(buf.getShort());
            }
            layers.add(new DenseWeights(nIn, nOut, w, b));
        }
        return new Mlp(layers, type);
    }

}
