package io.vscreen.screening.batch;

import java.util.List;

import io.vscreen.reports.RunInfo;
import io.vscreen.reports.ScoreColumn;

/**
 * Scores compounds by drug-likeness alone when no model is available: one column,
 * {@code druglikeness.qed}, Bickerton's QED (2012) from the prepared descriptors, ranked as an
 * efficacy score on the [0, 1] scale.
 */
final class DrugLikenessScorer implements BatchScorer {

    static final ScoreColumn QED = new ScoreColumn("druglikeness", "qed", ScoreColumn.Role.EFFICACY,
            ScoreColumn.Kind.CLASSIFICATION);

    @Override
    public List<ScoreColumn> columns() {
        return List.of(QED);
    }

    @Override
    public double[][] score(List<Processed.Prepared> compounds) {
        double[][] out = new double[compounds.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = new double[] {compounds.get(i).compound().descriptors().qed(), Double.NaN, Double.NaN};
        }
        return out;
    }

    @Override
    public List<RunInfo.ModelInfo> models() {
        return List.of();
    }
}
