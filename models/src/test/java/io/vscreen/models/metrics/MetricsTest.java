package io.vscreen.models.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Metric values checked against hand computation (ROC-AUC, PR-AUC, EF, Brier, RMSE, R²) and
 * against RDKit's rdkit.ML.Scoring (BEDROC, EF; see src/test/scripts/metrics_reference.py).
 */
class MetricsTest {
    private static final double NA = Double.NaN;

    @Test
    void rocAucCountsTiesAsOneHalf() {
        // positives 0.9, 0.5, 0.2 against negatives 0.9, 0.5, 0.1:
        // 0.9 -> 0.5 + 1 + 1, 0.5 -> 0 + 0.5 + 1, 0.2 -> 0 + 0 + 1  = 5 of 9 pairs
        double[] y = {1, 0, 1, 0, 1, 0};
        double[] s = {0.9, 0.9, 0.5, 0.5, 0.2, 0.1};
        assertEquals(5.0 / 9.0, Metrics.rocAuc(y, s), 1e-12);
    }

    @Test
    void rocAucIsOneHalfWhenAllScoresTie() {
        assertEquals(0.5, Metrics.rocAuc(new double[] {1, 0, 0, 1, 0}, new double[] {3, 3, 3, 3, 3}), 1e-12);
    }

    @Test
    void rocAucSkipsMissingLabelsAndIsUndefinedWithoutBothClasses() {
        double[] y = {1, NA, 0, NA};
        double[] s = {0.8, 0.99, 0.1, 0.0};
        assertEquals(1.0, Metrics.rocAuc(y, s), 1e-12);
        assertTrue(Double.isNaN(Metrics.rocAuc(new double[] {0, 0}, new double[] {1, 2})));
    }

    @Test
    void prAucIsAveragePrecisionOverDistinctThresholds() {
        // thresholds 0.9 (1 of 2 active, recall 1/3), 0.5 (2 of 4, recall 2/3), 0.2 (3 of 5, recall 1)
        // AP = 1/3*1/2 + 1/3*1/2 + 1/3*3/5
        double[] y = {1, 0, 1, 0, 1, 0};
        double[] s = {0.9, 0.9, 0.5, 0.5, 0.2, 0.1};
        assertEquals(1.0 / 6 + 1.0 / 6 + 0.2, Metrics.prAuc(y, s), 1e-12);
    }

    @Test
    void enrichmentAtOnePercent() {
        // 200 compounds, 10 actives; the top 2 (1%) hold one active: (1/2) / (10/200) = 10
        double[] y = new double[200];
        double[] s = new double[200];
        for (int i = 0; i < 200; i++) {
            s[i] = 200 - i;
        }
        for (int rank : new int[] {1, 5, 20, 30, 40, 50, 60, 70, 80, 90}) {
            y[rank - 1] = 1;
        }
        assertEquals(10.0, Metrics.enrichmentFactor(y, s, 0.01), 1e-12);
        // top 10 (5%) hold 2 actives: (2/10) / (10/200) = 4
        assertEquals(4.0, Metrics.enrichmentFactor(y, s, 0.05), 1e-12);
    }

    @Test
    void enrichmentSharesATieGroupAcrossTheCutOff() {
        // 100 compounds, 5 actives; the single top place is shared by an active and an inactive
        // with equal scores: half an active expected -> (0.5/1) / (5/100) = 10
        double[] y = new double[100];
        double[] s = new double[100];
        for (int i = 0; i < 100; i++) {
            s[i] = 100 - i;
        }
        s[1] = s[0];
        y[1] = 1;
        y[10] = 1;
        y[20] = 1;
        y[30] = 1;
        y[40] = 1;
        assertEquals(10.0, Metrics.enrichmentFactor(y, s, 0.01), 1e-12);
    }

    @Test
    void enrichmentAndBedrocMatchRdkit() {
        double[] y = new double[100];
        double[] s = new double[100];
        for (int i = 0; i < 100; i++) {
            s[i] = 100 - i;
        }
        for (int rank : new int[] {2, 5, 40, 90, 99}) {
            y[rank - 1] = 1;
        }
        assertEquals(0.0, Metrics.enrichmentFactor(y, s, 0.01), 1e-12);
        assertEquals(8.0, Metrics.enrichmentFactor(y, s, 0.05), 1e-12);
        assertEquals(0.36375102945755566, Metrics.bedroc(y, s, 20), 1e-9);

        double[] y20 = new double[20];
        double[] s20 = new double[20];
        for (int i = 0; i < 20; i++) {
            s20[i] = 20 - i;
        }
        for (int rank : new int[] {1, 3, 8, 15}) {
            y20[rank - 1] = 1;
        }
        assertEquals(0.7316462576649245, Metrics.bedroc(y20, s20, 20), 1e-9);
    }

    @Test
    void bedrocIsOneForAPerfectRankingAndNearZeroForTheWorst() {
        double[] y = new double[50];
        double[] s = new double[50];
        for (int i = 0; i < 50; i++) {
            s[i] = 50 - i;
            y[i] = i < 5 ? 1 : 0;
        }
        assertEquals(1.0, Metrics.bedroc(y, s, 20), 1e-9);
        double[] reversed = new double[50];
        for (int i = 0; i < 50; i++) {
            reversed[i] = -s[i];
        }
        assertTrue(Metrics.bedroc(y, reversed, 20) < 1e-6);
    }

    @Test
    void brierScore() {
        // ((0.9-1)^2 + (0.2-0)^2 + (0.6-0)^2) / 3 = (0.01 + 0.04 + 0.36) / 3
        assertEquals(0.41 / 3, Metrics.brier(new double[] {1, 0, 0, NA}, new double[] {0.9, 0.2, 0.6, 0.5}), 1e-12);
    }

    @Test
    void regressionErrors() {
        double[] obs = {1, 2, 3, 4, NA};
        double[] pred = {1.5, 2, 2, 4, 7};
        // errors 0.5, 0, -1, 0
        assertEquals(Math.sqrt(1.25 / 4), Metrics.rmse(obs, pred), 1e-12);
        assertEquals(1.5 / 4, Metrics.mae(obs, pred), 1e-12);
        // mean 2.5, SS_tot = 5, SS_res = 1.25
        assertEquals(1 - 1.25 / 5, Metrics.r2(obs, pred), 1e-12);
    }
}
