package io.vscreen.models.gnn;

/**
 * Hyper-parameters of a {@link Dmpnn} and of its training.
 *
 * @param hiddenSize    width of the bond messages and atom states
 * @param depth         message-passing steps (the initial bond message counts as the first)
 * @param readout       pooling of atom states into a molecule vector
 * @param ffnLayers     hidden layers of the feed-forward head (0: the molecule vector feeds the output layer)
 * @param ffnHiddenSize width of each head layer
 * @param dropout       dropout probability on the molecule vector and the head layers during training
 * @param learningRate  Adam learning rate
 * @param batchSize     molecules per minibatch
 * @param maxEpochs     upper bound on training epochs
 * @param patience      epochs without validation improvement before stopping
 */
public record DmpnnConfig(int hiddenSize, int depth, Readout readout, int ffnLayers, int ffnHiddenSize,
        double dropout, double learningRate, int batchSize, int maxEpochs, int patience) {

    public DmpnnConfig {
        if (hiddenSize < 1 || depth < 1 || ffnLayers < 0 || ffnHiddenSize < 1) {
            throw new IllegalArgumentException("network sizes must be positive (hidden " + hiddenSize + ", depth "
                    + depth + ", ffn layers " + ffnLayers + ", ffn hidden " + ffnHiddenSize + ")");
        }
        if (!(dropout >= 0 && dropout < 1)) {
            throw new IllegalArgumentException("dropout must be in [0, 1): " + dropout);
        }
        if (!(learningRate > 0) || batchSize < 1 || maxEpochs < 1 || patience < 1) {
            throw new IllegalArgumentException("training settings must be positive");
        }
        java.util.Objects.requireNonNull(readout, "readout");
    }

    /** Chemprop's defaults scaled to two CPU cores: hidden 200, depth 3, mean readout, one head layer. */
    public static DmpnnConfig defaults() {
        return new DmpnnConfig(200, 3, Readout.MEAN, 1, 200, 0.0, 1e-3, 50, 30, 5);
    }

    public DmpnnConfig withHiddenSize(int h) {
        return new DmpnnConfig(h, depth, readout, ffnLayers, h, dropout, learningRate, batchSize, maxEpochs, patience);
    }

    public DmpnnConfig withEpochs(int max, int pat) {
        return new DmpnnConfig(hiddenSize, depth, readout, ffnLayers, ffnHiddenSize, dropout, learningRate, batchSize,
                max, pat);
    }

    public DmpnnConfig withDropout(double p) {
        return new DmpnnConfig(hiddenSize, depth, readout, ffnLayers, ffnHiddenSize, p, learningRate, batchSize,
                maxEpochs, patience);
    }

    public DmpnnConfig withReadout(Readout r) {
        return new DmpnnConfig(hiddenSize, depth, r, ffnLayers, ffnHiddenSize, dropout, learningRate, batchSize,
                maxEpochs, patience);
    }

    public DmpnnConfig withBatchSize(int b) {
        return new DmpnnConfig(hiddenSize, depth, readout, ffnLayers, ffnHiddenSize, dropout, learningRate, b,
                maxEpochs, patience);
    }

    public DmpnnConfig withLearningRate(double lr) {
        return new DmpnnConfig(hiddenSize, depth, readout, ffnLayers, ffnHiddenSize, dropout, lr, batchSize,
                maxEpochs, patience);
    }
}
