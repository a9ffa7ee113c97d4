package io.vscreen.screening.batch;

import java.util.List;

/**
 * Scores a batch of prepared compounds at once (batched inference): one row of scores per
 * compound, in the order of {@link #columns()}, and a composite score for ranking.
 * One instance per partition; implementations need not be thread-safe.
 */
public interface BatchScorer {

    /** Names of the score columns, e.g. {@code bace:Class}. */
    List<String> columns();

    /** Scores the compounds; the result has one row per compound. */
    double[][] score(List<Processed.Prepared> compounds) throws Exception;

    /** The composite (higher is better) of one compound's scores. */
    double composite(double[] scores);
}
