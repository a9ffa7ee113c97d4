package io.vscreen.models.nn;

/**
 * One fully connected layer: {@code out = act(in x W + b)} with {@code W} stored row-major as
 * {@code nIn x nOut} (row {@code i} holds the weights leaving input {@code i}).
 */
public record DenseWeights(int nIn, int nOut, float[] w, float[] b) {
    public DenseWeights {
        if (w.length != nIn * nOut || b.length != nOut) {
            throw new IllegalArgumentException("layer " + nIn + "x" + nOut + " has " + w.length
                    + " weights and " + b.length + " biases");
        }
    }

    /** Number of stored parameters. */
    public int parameterCount() {
        return nIn * nOut + nOut;
    }
}
