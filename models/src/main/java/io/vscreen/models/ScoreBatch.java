package io.vscreen.models;

import java.util.List;
import java.util.Objects;

/**
 * Scores of one batch of molecules from one model: per molecule and task the ensemble mean
 * ({@code mean[molecule][task]}; a probability of the positive class for classification, a value
 * in the task's units for regression), the ensemble standard deviation, and the applicability-domain
 * similarity (maximum Tanimoto similarity to the model's training set) per molecule.
 *
 * <p>A molecule that could not be scored has {@code NaN} scores and a non-null {@code errors[i]}.
 */
public record ScoreBatch(String model, List<Task> tasks, float[][] mean, float[][] std,
                         float[] adSimilarity, String[] errors) {
    public ScoreBatch {
        Objects.requireNonNull(model, "model");
        tasks = List.copyOf(tasks);
        if (mean.length != std.length || mean.length != adSimilarity.length || mean.length != errors.length) {
            throw new IllegalArgumentException("score arrays differ in length");
        }
    }

    /** Number of molecules in the batch. */
    public int size() {
        return mean.length;
    }

    /** Whether molecule {@code i} was scored. */
    public boolean scored(int i) {
        return errors[i] == null;
    }
}
