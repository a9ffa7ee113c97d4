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
     * Aqueous solubility (ESOL, log mol/L) split by Bemis-Murcko scaffold: validation molecules are
     * chemotypes the network never saw. A constant prediction has an RMSE of about the spread.
     */
    @Test
    void learnsSolubilityOfNewScaffolds() throws Exception {
        MoleculeNetGraphs esol = MoleculeNetGraphs.read(SharedData.file("moleculenet/delaney-processed.csv"), "smiles",
                List.of("measured log solubility in mols per litre"), 1);
        int[][] split = esol.scaffoldSplit(0.8);
        GraphDataset train = esol.data.subset(split[0]);
        GraphDataset valid = esol.data.subset(split[1]);
        DmpnnConfig cfg = new DmpnnConfig(32, 3, Readout.MEAN, 1, 32, 0.0, 3e-3, 16, 3, 3);
        DmpnnTrainer.Trained t = new DmpnnTrainer(cfg, new boolean[] {false}).train(train, valid, 42, e -> { });
        double rmse = t.history().get(t.bestEpoch() - 1).validPerTask()[0];
        double spread = spread(valid, 0);
        assertTrue(rmse < 0.7 * spread, "validation RMSE " + rmse + " vs spread " + spread);
        float[][] p = DmpnnTrainer.predict(t.network(), valid.graphs(), 128);
        assertEquals(TaskScores.rmse(TaskScores.column(valid.labels(), 0), TaskScores.column(p, 0)), rmse, 1e-6,
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
