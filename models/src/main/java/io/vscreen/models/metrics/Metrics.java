package io.vscreen.models.metrics;

import java.util.Arrays;

/**
 * Metric functions over parallel arrays of labels and scores. Labels are {@code 1}/{@code 0} for
 * classification (anything else than 0 or 1, typically {@code NaN}, means "not tested" and the
 * pair is skipped); scores rank compounds, higher meaning more likely active. Ties between scores
 * are handled exactly: ROC-AUC uses mid-ranks, PR-AUC one threshold per distinct score, and the
 * early-recognition metrics (EF, BEDROC) the expected value over all orderings of a tie group.
 *
 * <p>A metric that is undefined for the data (no actives, or no inactives) is {@code NaN}.
 */
public final class Metrics {
    private Metrics() {
    }

    /** Area under the ROC curve (the Mann-Whitney statistic, ties counted as one half). */
    public static double rocAuc(double[] labels, double[] scores) {
        Ranked r = Ranked.of(labels, scores);
        if (r.nPos == 0 || r.nNeg == 0) {
            return Double.NaN;
        }
        // ascending mid-ranks of the positives
        double rankSum = 0;
        int n = r.n;
        int i = 0;
        while (i < n) {
            int j = tieEnd(r, i);
            // in descending order positions i..j-1 (0-based) -> ascending ranks n-j+1 .. n-i
            double midRank = ((n - j + 1) + (n - i)) / 2.0;
            for (int k = i; k < j; k++) {
                if (r.label[k]) {
                    rankSum += midRank;
                }
            }
            i = j;
        }
        return (rankSum - r.nPos * (r.nPos + 1) / 2.0) / ((double) r.nPos * r.nNeg);
    }

    /**
     * Area under the precision-recall curve as average precision: the sum over distinct score
     * thresholds of (recall gained) x (precision at that threshold).
     */
    public static double prAuc(double[] labels, double[] scores) {
        Ranked r = Ranked.of(labels, scores);
        if (r.nPos == 0) {
            return Double.NaN;
        }
        double ap = 0;
        int tp = 0;
        int i = 0;
        while (i < r.n) {
            int j = tieEnd(r, i);
            int tpGroup = 0;
            for (int k = i; k < j; k++) {
                if (r.label[k]) {
                    tpGroup++;
                }
            }
            tp += tpGroup;
            if (tpGroup > 0) {
                ap += (tpGroup / (double) r.nPos) * (tp / (double) j);
            }
            i = j;
        }
        return ap;
    }

    /**
     * Enrichment factor at a fraction of the ranked list (0.01 for EF1%): the hit rate among the
     * top {@code ceil(fraction * n)} compounds divided by the overall hit rate. A tie group that
     * straddles the cut-off contributes its actives in proportion to the places it takes.
     */
    public static double enrichmentFactor(double[] labels, double[] scores, double fraction) {
        if (!(fraction > 0 && fraction <= 1)) {
            throw new IllegalArgumentException("fraction must be in (0, 1]: " + fraction);
        }
        Ranked r = Ranked.of(labels, scores);
        if (r.nPos == 0) {
            return Double.NaN;
        }
        int cut = (int) Math.ceil(fraction * r.n - 1e-9);
        cut = Math.max(1, Math.min(cut, r.n));
        double found = 0;
        int i = 0;
        while (i < cut) {
            int j = tieEnd(r, i);
            int posGroup = 0;
            for (int k = i; k < j; k++) {
                if (r.label[k]) {
                    posGroup++;
                }
            }
            int taken = Math.min(j, cut) - i;
            found += posGroup * (taken / (double) (j - i));
            i = j;
        }
        return (found / cut) / (r.nPos / (double) r.n);
    }

    /**
     * BEDROC (Truchon and Bayly, J. Chem. Inf. Model. 2007, 47, 488), with the usual
     * {@code alpha = 20} giving 80% of the weight to the first 8% of the list.
     */
    public static double bedroc(double[] labels, double[] scores, double alpha) {
        Ranked r = Ranked.of(labels, scores);
        if (r.nPos == 0 || r.nNeg == 0) {
            return Double.NaN;
        }
        int n = r.n;
        double sum = 0;
        int i = 0;
        while (i < n) {
            int j = tieEnd(r, i);
            int posGroup = 0;
            for (int k = i; k < j; k++) {
                if (r.label[k]) {
                    posGroup++;
                }
            }
            if (posGroup > 0) {
                double mean = 0;
                for (int k = i; k < j; k++) {
                    mean += Math.exp(-alpha * (k + 1) / n);
                }
                sum += posGroup * mean / (j - i);
            }
            i = j;
        }
        double ra = r.nPos / (double) n;
        double random = ra * (1 - Math.exp(-alpha)) / (Math.exp(alpha / n) - 1);
        double rie = sum / random;
        double factor = ra * Math.sinh(alpha / 2) / (Math.cosh(alpha / 2) - Math.cosh(alpha / 2 - alpha * ra));
        double constant = 1 / (1 - Math.exp(alpha * (1 - ra)));
        return rie * factor + constant;
    }

    /** Mean squared difference between predicted probabilities and the 0/1 labels. */
    public static double brier(double[] labels, double[] probabilities) {
        double sum = 0;
        int n = 0;
        for (int i = 0; i < labels.length; i++) {
            if (isBinary(labels[i]) && !Double.isNaN(probabilities[i])) {
                double d = probabilities[i] - labels[i];
                sum += d * d;
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /** Root mean squared error over pairs with a measured value. */
    public static double rmse(double[] observed, double[] predicted) {
        double sum = 0;
        int n = 0;
        for (int i = 0; i < observed.length; i++) {
            if (!Double.isNaN(observed[i]) && !Double.isNaN(predicted[i])) {
                double d = predicted[i] - observed[i];
                sum += d * d;
                n++;
            }
        }
        return n == 0 ? Double.NaN : Math.sqrt(sum / n);
    }

    /** Mean absolute error over pairs with a measured value. */
    public static double mae(double[] observed, double[] predicted) {
        double sum = 0;
        int n = 0;
        for (int i = 0; i < observed.length; i++) {
            if (!Double.isNaN(observed[i]) && !Double.isNaN(predicted[i])) {
                sum += Math.abs(predicted[i] - observed[i]);
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /** Coefficient of determination, 1 - SS_res / SS_tot. */
    public static double r2(double[] observed, double[] predicted) {
        double mean = 0;
        int n = 0;
        for (int i = 0; i < observed.length; i++) {
            if (!Double.isNaN(observed[i]) && !Double.isNaN(predicted[i])) {
                mean += observed[i];
                n++;
            }
        }
        if (n < 2) {
            return Double.NaN;
        }
        mean /= n;
        double res = 0;
        double tot = 0;
        for (int i = 0; i < observed.length; i++) {
            if (!Double.isNaN(observed[i]) && !Double.isNaN(predicted[i])) {
                res += (observed[i] - predicted[i]) * (observed[i] - predicted[i]);
                tot += (observed[i] - mean) * (observed[i] - mean);
            }
        }
        return tot == 0 ? Double.NaN : 1 - res / tot;
    }

    static boolean isBinary(double v) {
        return v == 0.0 || v == 1.0;
    }

    private static int tieEnd(Ranked r, int i) {
        int j = i + 1;
        while (j < r.n && r.score[j] == r.score[i]) {
            j++;
        }
        return j;
    }

    /** Labelled pairs sorted by descending score, unlabelled pairs dropped. */
    private static final class Ranked {
        final int n;
        final int nPos;
        final int nNeg;
        final double[] score;
        final boolean[] label;

        private Ranked(double[] score, boolean[] label, int nPos) {
            this.n = score.length;
            this.score = score;
            this.label = label;
            this.nPos = nPos;
            this.nNeg = n - nPos;
        }

        static Ranked of(double[] labels, double[] scores) {
            if (labels.length != scores.length) {
                throw new IllegalArgumentException("labels and scores differ in length: "
                        + labels.length + " vs " + scores.length);
            }
            int m = 0;
            for (int i = 0; i < labels.length; i++) {
                if (isBinary(labels[i])) {
                    if (Double.isNaN(scores[i])) {
                        throw new IllegalArgumentException("score " + i + " is NaN for a labelled compound");
                    }
                    m++;
                }
            }
            Integer[] idx = new Integer[m];
            int k = 0;
            for (int i = 0; i < labels.length; i++) {
                if (isBinary(labels[i])) {
                    idx[k++] = i;
                }
            }
            Arrays.sort(idx, (a, b) -> Double.compare(scores[b], scores[a]));
            double[] s = new double[m];
            boolean[] l = new boolean[m];
            int pos = 0;
            for (int i = 0; i < m; i++) {
                s[i] = scores[idx[i]];
                l[i] = labels[idx[i]] == 1.0;
                if (l[i]) {
                    pos++;
                }
            }
            return new Ranked(s, l, pos);
        }
    }
}
