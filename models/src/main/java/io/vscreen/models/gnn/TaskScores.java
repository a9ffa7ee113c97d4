package io.vscreen.models.gnn;

import java.util.Arrays;

/**
 * Validation figures used for early stopping: ROC-AUC of classification tasks and RMSE of
 * regression tasks, over the molecules that have a label.
 */
public final class TaskScores {

    private TaskScores() {
    }

    /**
     * ROC-AUC (probability that a random positive scores above a random negative, ties counting
     * one half) over present labels; NaN when a class is absent.
     */
    public static double rocAuc(float[] labels, float[] scores) {
        int n = 0;
        for (float y : labels) {
            if (!Float.isNaN(y)) {
                n++;
            }
        }
        double[][] pairs = new double[n][];
        int k = 0;
        long pos = 0;
        for (int i = 0; i < labels.length; i++) {
            if (!Float.isNaN(labels[i])) {
                pairs[k++] = new double[] {scores[i], labels[i]};
                if (labels[i] > 0.5f) {
                    pos++;
                }
            }
        }
        long neg = n - pos;
        if (pos == 0 || neg == 0) {
            return Double.NaN;
        }
        Arrays.sort(pairs, (a, b) -> Double.compare(a[0], b[0]));
        double rankSumPos = 0;
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && pairs[j + 1][0] == pairs[i][0]) {
                j++;
            }
            double midRank = (i + j) / 2.0 + 1;
            for (int t = i; t <= j; t++) {
                if (pairs[t][1] > 0.5) {
                    rankSumPos += midRank;
                }
            }
            i = j + 1;
        }
        return (rankSumPos - pos * (pos + 1) / 2.0) / ((double) pos * neg);
    }

    /** Root mean squared error over present labels; NaN when none. */
    public static double rmse(float[] labels, float[] predicted) {
        double s = 0;
        int n = 0;
        for (int i = 0; i < labels.length; i++) {
            if (!Float.isNaN(labels[i])) {
                double d = labels[i] - predicted[i];
                s += d * d;
                n++;
            }
        }
        return n == 0 ? Double.NaN : Math.sqrt(s / n);
    }

    /** Column {@code task} of a molecules x tasks matrix. */
    static float[] column(float[][] m, int task) {
        float[] c = new float[m.length];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i][task];
        }
        return c;
    }

    /**
     * Per task: ROC-AUC for classification, RMSE for regression.
     *
     * @param classification per task
     * @param labels         molecules x tasks, NaN where missing
     * @param predicted      molecules x tasks: probabilities or values
     */
    public static double[] perTask(boolean[] classification, float[][] labels, float[][] predicted) {
        double[] out = new double[classification.length];
        for (int t = 0; t < out.length; t++) {
            float[] y = column(labels, t);
            float[] p = column(predicted, t);
            out[t] = classification[t] ? rocAuc(y, p) : rmse(y, p);
        }
        return out;
    }

    /**
     * One number to maximise for early stopping: the mean over tasks of ROC-AUC (classification)
     * and of minus RMSE in standard deviations of the target (regression); tasks without a
     * defined figure are skipped.
     */
    static double selectionScore(boolean[] classification, double[] targetStd, double[] perTask) {
        double s = 0;
        int n = 0;
        for (int t = 0; t < perTask.length; t++) {
            if (!Double.isNaN(perTask[t])) {
                s += classification[t] ? perTask[t] : -perTask[t] / targetStd[t];
                n++;
            }
        }
        return n == 0 ? Double.NaN : s / n;
    }
}
