package io.vscreen.screening.batch;

import java.util.List;

/**
 * Scores compounds by drug-likeness alone: one score, QED (Bickerton et al. 2012) from the
 * prepared descriptors, which is also the composite. Used when no model scores the screen.
 */
final class DrugLikenessScorer implements BatchScorer {

    @Override
    public List<String> columns() {
        return List.of("qed");
    }

    @Override
    public double[][] score(List<Processed.Prepared> compounds) {
        double[][] out = new double[compounds.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = new double[] {compounds.get(i).compound().descriptors().qed()};
        }
        return out;
    }

    @Override
    public double composite(double[] scores) {
        return scores[0];
    }
}
