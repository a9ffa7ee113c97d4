package io.vscreen.models.nn;

import java.util.List;

/**
 * Architecture and training settings of a multitask MLP. Dropout values are probabilities of
 * dropping a unit (input dropout acts on the fingerprint bits, hidden dropout on each hidden
 * layer's output). {@code classWeighting} weights each task's actives by its inactive/active ratio
 * (capped at {@code maxClassWeight}); {@code patience} is the number of epochs without
 * improvement of the validation metric before training stops.
 */
public record MlpConfig(List<Integer> hidden, double inputDropout, double hiddenDropout,
                        double learningRate, double l2, int batchSize, int maxEpochs, int patience,
                        boolean classWeighting, double maxClassWeight) {

    public MlpConfig {
        hidden = List.copyOf(hidden);
        if (hidden.isEmpty() || hidden.stream().anyMatch(h -> h <= 0)) {
            throw new IllegalArgumentException("hidden layer sizes must be positive: " + hidden);
        }
        if (inputDropout < 0 || inputDropout >= 1 || hiddenDropout < 0 || hiddenDropout >= 1) {
            throw new IllegalArgumentException("dropout must be in [0, 1)");
        }
        if (batchSize <= 0 || maxEpochs <= 0 || patience <= 0) {
            throw new IllegalArgumentException("batch size, epochs and patience must be positive");
        }
    }

    /** Settings used for the bundled models: one hidden layer of 256, dropout 0.2 in / 0.5 hidden. */
    public static MlpConfig defaults() {
        return new MlpConfig(List.of(256), 0.2, 0.5, 1e-3, 1e-5, 128, 40, 6, true, 50);
    }

    public MlpConfig withHidden(List<Integer> h) {
        return new MlpConfig(h, inputDropout, hiddenDropout, learningRate, l2, batchSize, maxEpochs, patience,
                classWeighting, maxClassWeight);
    }

    public MlpConfig withRegularization(double inputDrop, double hiddenDrop, double weightDecay) {
        return new MlpConfig(hidden, inputDrop, hiddenDrop, learningRate, weightDecay, batchSize, maxEpochs, patience,
                classWeighting, maxClassWeight);
    }

    public MlpConfig withOptimizer(double rate, int batch) {
        return new MlpConfig(hidden, inputDropout, hiddenDropout, rate, l2, batch, maxEpochs, patience,
                classWeighting, maxClassWeight);
    }

    public MlpConfig withClassWeighting(boolean on, double cap) {
        return new MlpConfig(hidden, inputDropout, hiddenDropout, learningRate, l2, batchSize, maxEpochs, patience,
                on, cap);
    }

    public MlpConfig withEpochs(int epochs, int patienceEpochs) {
        return new MlpConfig(hidden, inputDropout, hiddenDropout, learningRate, l2, batchSize, epochs, patienceEpochs,
                classWeighting, maxClassWeight);
    }
}
