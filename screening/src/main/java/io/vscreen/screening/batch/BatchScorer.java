package io.vscreen.screening.batch;

import java.util.List;
import java.util.Map;

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

    /**
     * What scored: one entry per model (name, version, manifest hash...) for the run summary.
     */
    default List<Map<String, Object>> provenance() {
        return List.of();
    }

    /** The composite (higher is better) of one compound's scores. */
    double composite(double[] scores);
}
