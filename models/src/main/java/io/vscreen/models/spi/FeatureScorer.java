package io.vscreen.models.spi;

import java.util.List;

/**
 * The scoring function of one package head: from molecules' fingerprints (the sorted on-bit
 * indices produced by the package's featurizer) to a mean and a standard deviation per task.
 *
 * <p>Implementations are immutable and thread-safe: one instance serves every partition of a
 * screening job.
 */
public interface FeatureScorer {

    /**
     * Scores a batch. For every {@code i} with {@code onBits.get(i) != null}, writes the head's
     * task {@code t} into {@code mean[i][offset + t]} and {@code std[i][offset + t]}
     * (a probability for classification tasks, a value in the task's units for regression; a
     * standard deviation of 0 when the scorer has no notion of spread). Entries that are
     * {@code null} are molecules that could not be featurized: leave their rows alone.
     */
    void score(List<int[]> onBits, float[][] mean, float[][] std, int offset);
}
