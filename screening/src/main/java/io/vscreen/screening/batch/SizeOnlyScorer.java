package io.vscreen.screening.batch;

import java.util.List;

import org.openscience.cdk.interfaces.IAtom;

/**
 * Interim scorer used until the model registry is wired into the job: one score, the
 * desirability of the heavy-atom count (1 between 20 and 35 heavy atoms, falling linearly to 0
 * at 5 and 60), which is also the composite.
 */
final class SizeOnlyScorer implements BatchScorer {

    @Override
    public List<String> columns() {
        return List.of("size:desirability");
    }

    @Override
    public double[][] score(List<Processed.Prepared> compounds) {
        double[][] out = new double[compounds.size()][];
        for (int i = 0; i < out.length; i++) {
            int heavy = 0;
            for (IAtom a : compounds.get(i).molecule().atoms()) {
                if (a.getAtomicNumber() != null && a.getAtomicNumber() > 1) {
                    heavy++;
                }
            }
            out[i] = new double[] {desirability(heavy)};
        }
        return out;
    }

    static double desirability(int heavy) {
        if (heavy >= 20 && heavy <= 35) {
            return 1.0;
        }
        if (heavy < 20) {
            return Math.max(0.0, (heavy - 5) / 15.0);
        }
        return Math.max(0.0, (60 - heavy) / 25.0);
    }

    @Override
    public double composite(double[] scores) {
        return scores[0];
    }
}
