package io.vscreen.models.pkg;

import org.apache.commons.math3.special.Erf;

import io.vscreen.models.ModelException;

/**
 * A classification task read off a regression task of the same package
 * ({@link Manifest.Threshold}): with {@code mu} the ensemble's predicted value, {@code s} the
 * ensemble's spread and {@code sigma} the regression's validation RMSE, the task's probability is
 * {@code Phi(z)} with {@code z = (mu - value) / sigma} for {@code >=} (and {@code (value - mu) / sigma}
 * for {@code <=}): the chance that the measured value lies on the active side, were it normally
 * distributed around the prediction with the error the model makes on validation compounds. Its
 * spread is the ensemble's carried through {@code Phi} ({@code phi(z) s / sigma}). Ranking by it is
 * ranking by the predicted value. Immutable.
 */
final class ThresholdHead {
    private static final double SQRT2 = Math.sqrt(2);
    private static final double SQRT2PI = Math.sqrt(2 * Math.PI);

    private final int target;
    private final int source;
    private final double value;
    private final double sigma;
    private final double sign;

    /**
     * @param target column of the classification task
     * @param source column of the regression task
     */
    ThresholdHead(String where, Manifest.Threshold t, int target, int source) {
        if (!">=".equals(t.relation()) && !"<=".equals(t.relation())) {
            throw new ModelException(where + ": threshold relation '" + t.relation() + "' is not >= or <=");
        }
        if (!(t.sigma() > 0) || Double.isInfinite(t.sigma()) || !Double.isFinite(t.value())) {
            throw new ModelException(where + ": threshold on " + t.task() + " needs a finite value and a positive sigma, not "
                    + t.value() + " and " + t.sigma());
        }
        this.target = target;
        this.source = source;
        this.value = t.value();
        this.sigma = t.sigma();
        this.sign = ">=".equals(t.relation()) ? 1 : -1;
    }

    /** The probability of the active side for a predicted value {@code mu}. */
    double probability(double mu) {
        return 0.5 * Erf.erfc(-sign * (mu - value) / sigma / SQRT2);
    }

    /** Fills the target column of every row from its source column (NaN stays NaN). */
    void apply(float[][] mean, float[][] std) {
        for (int i = 0; i < mean.length; i++) {
            double mu = mean[i][source];
            if (Double.isNaN(mu)) {
                mean[i][target] = Float.NaN;
                std[i][target] = Float.NaN;
                continue;
            }
            double z = sign * (mu - value) / sigma;
            mean[i][target] = (float) probability(mu);
            std[i][target] = (float) (Math.exp(-0.5 * z * z) / SQRT2PI * std[i][source] / sigma);
        }
    }
}
