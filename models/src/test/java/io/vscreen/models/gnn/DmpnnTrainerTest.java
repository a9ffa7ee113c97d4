package io.vscreen.models.gnn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.vscreen.chem.graph.MolGraph;
import io.vscreen.chem.testing.SharedData;

class DmpnnTrainerTest {

    /**
     * BACE inhibitors (beta-secretase 1), class and pIC50, half of the file split by Bemis-Murcko
     * scaffold: validation molecules are chemotypes the network never saw.
     */
    @Test
    void beatsChanceOnNewScaffoldsOfBaceInhibitors() throws Exception {
        MoleculeNetGraphs bace = MoleculeNetGraphs.read(SharedData.file("moleculenet/bace.csv"), "smiles",
                List.of("Class", "pIC50"), 2);
        int[][] split = bace.scaffoldSplit(0.8);
        GraphDataset train = bace.data.subset(split[0]);
        GraphDataset valid = bace.data.subset(split[1]);
        DmpnnConfig cfg = new DmpnnConfig(48, 3, Readout.MEAN, 1, 48, 0.0, 2e-3, 32, 5, 5);
        DmpnnTrainer.Trained t = new DmpnnTrainer(cfg, new boolean[] {true, false}).train(train, valid, 42, e -> { });
        double[] best = t.history().get(t.bestEpoch() - 1).validPerTask();
        // chance is 0.5 ROC-AUC; predicting the training mean gives an RMSE of about the spread
        assertTrue(best[0] > 0.62, "validation ROC-AUC " + best[0]);
        assertTrue(best[1] < spread(valid, 1) + 0.1, "validation RMSE " + best[1] + " vs spread " + spread(valid, 1));
        float[][] p = DmpnnTrainer.predict(t.network(), valid.graphs(), 128);
        assertEquals(TaskScores.rocAuc(TaskScores.column(valid.labels(), 0), TaskScores.column(p, 0)), best[0], 1e-9,
                "kept weights are those of the best epoch");
    }

    @Test
    void sameSeedGivesIdenticalPredictions() {
        List<MolGraph> drugs = Drugs.graphs();
        float n = Float.NaN;
        GraphDataset data = new GraphDataset(drugs,
                new float[][] {{1}, {0}, {1}, {0}, {1}, {0}, {n}, {1}});
        DmpnnConfig cfg = new DmpnnConfig(16, 3, Readout.SUM, 1, 16, 0.2, 1e-2, 3, 3, 3);
        DmpnnTrainer trainer = new DmpnnTrainer(cfg, new boolean[] {true});
        DmpnnTrainer.Trained a = trainer.train(data, data, 5, e -> { });
        DmpnnTrainer.Trained b = trainer.train(data, data, 5, e -> { });
        DmpnnTrainer.Trained c = trainer.train(data, data, 6, e -> { });
        float[][] pa = DmpnnTrainer.predict(a.network(), drugs, 4);
        float[][] pb = DmpnnTrainer.predict(b.network(), drugs, 4);
        float[][] pc = DmpnnTrainer.predict(c.network(), drugs, 4);
        boolean differs = false;
        for (int i = 0; i < pa.length; i++) {
            assertArrayEquals(pa[i], pb[i], 0f, "molecule " + i);
            differs |= pa[i][0] != pc[i][0];
        }
        assertTrue(differs, "another seed gives another network");
    }

    private static double spread(GraphDataset d, int task) {
        float[] y = TaskScores.column(d.labels(), task);
        double s = 0;
        double s2 = 0;
        int n = 0;
        for (float v : y) {
            if (!Float.isNaN(v)) {
                s += v;
                s2 += v * v;
                n++;
            }
        }
        double m = s / n;
        return Math.sqrt(s2 / n - m * m);
    }
}
