package io.vscreen.screening.batch;

import java.util.List;

import io.vscreen.reports.RunInfo;
import io.vscreen.reports.ScoreColumn;

/**
 * Scores a batch of prepared compounds at once (batched inference). For every compound it gives,
 * per score column in {@link #columns()} order, three numbers: the value, its ensemble spread
 * and the applicability-domain similarity (NaN when the model gives none).
 */
public interface BatchScorer {

    /** The score columns ({@code <model>.<task>}), with their role and kind for ranking. */
    List<ScoreColumn> columns();

    /** Scores the compounds: one row per compound of {@code 3 * columns().size()} numbers. */
    double[][] score(List<Processed.Prepared> compounds) throws Exception;

    /** The models behind the columns, with version and provenance, for the run summary. */
    List<RunInfo.ModelInfo> models();
}
