package io.vscreen.reports;

/**
 * A model's prediction for one compound and one task.
 *
 * @param value        predicted value (probability for classification); NaN when the model could
 *                     not score the compound
 * @param std          spread of the ensemble's predictions (NaN when the model gives none)
 * @param adSimilarity applicability-domain similarity: Tanimoto similarity of the compound to its
 *                     nearest training compounds, in [0, 1] (NaN when unknown)
 */
public record Score(double value, double std, double adSimilarity) {

    /** A score with no uncertainty or applicability-domain estimate. */
    public static Score of(double value) {
        return new Score(value, Double.NaN, Double.NaN);
    }

    /** The score of a compound the model could not score. */
    public static Score missing() {
        return new Score(Double.NaN, Double.NaN, Double.NaN);
    }

    public boolean isMissing() {
        return Double.isNaN(value);
    }
}
