package io.vscreen.models.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openscience.cdk.interfaces.IAtomContainer;

import io.vscreen.models.ModelException;
import io.vscreen.models.ScoreBatch;
import io.vscreen.models.TaskType;
import io.vscreen.models.data.LabelledTable;
import io.vscreen.models.data.Split;
import io.vscreen.models.gnn.DmpnnConfig;
import io.vscreen.models.gnn.GnnTrainingRun;
import io.vscreen.models.gnn.Readout;
import io.vscreen.models.metrics.TaskMetrics;
import io.vscreen.models.pkg.Manifest;
import io.vscreen.models.pkg.ModelPackage;

/**
 * A consensus of an MLP package and a graph-network package trained on the same ESOL rows, split
 * and featurizer: pooled scores, its own validation figures, explanations' parts, refusals.
 */
class ConsensusRunTest {
    private static final String TASK = "measured log solubility in mols per litre";

    @TempDir
    static Path tmp;
    static Path csv;
    static ModelPackage mlp;
    static ModelPackage gnn;
    static ModelPackage consensus;

    static TrainRequest request(String name, int ensemble, String featurizer) {
        return SmallModels.esolRequest(csv, name, featurizer, ensemble, tmp.resolve(name));
    }

    @BeforeAll
    static void train() throws Exception {
        csv = SmallModels.esolRows(tmp, 4);
        mlp = new TrainingRun(request("esol-mlp", 3, "ecfp4-count:2048+standard"), line -> { }).run();
        gnn = new GnnTrainingRun(request("esol-gnn", 1, "ecfp4-count:2048+standard"),
                new DmpnnConfig(16, 2, Readout.MEAN, 1, 16, 0.0, 3e-3, 32, 2, 2), line -> { }).run();
        List<String> log = new ArrayList<>();
        consensus = new ConsensusRun(mlp, gnn, csv, tmp.resolve("esol"), "esol", "1.0.0", "ESOL consensus", "combine",
                log::add).run();
        assertTrue(log.stream().anyMatch(l -> l.startsWith("valid") && l.contains("consensus rmse")), log.toString());
    }

    @Test
    void scoresAreTheMeanAndSpreadOverAllMembers() throws Exception {
        assertEquals(2, consensus.parts().size());
        assertTrue(consensus.isGraphModel());
        assertEquals(4, consensus.manifest().ensembleSize());
        List<IAtomContainer> mols = SmallModels.standardized(List.of("CC(=O)Oc1ccccc1C(=O)O", "CCCCCCCCCCCCCCCC",
                "OC1C(O)C(O)C(O)C(O)C1O"));
        List<IAtomContainer> withNull = new ArrayList<>(mols);
        withNull.add(null);
        ScoreBatch c = consensus.score(withNull);
        ScoreBatch a = mlp.score(mols);
        ScoreBatch b = gnn.score(mols);
        for (int i = 0; i < mols.size(); i++) {
            double m = (3 * a.mean()[i][0] + b.mean()[i][0]) / 4.0;
            double second = (3 * (a.std()[i][0] * a.std()[i][0] + a.mean()[i][0] * a.mean()[i][0])
                    + b.mean()[i][0] * b.mean()[i][0]) / 4.0;
            assertEquals(m, c.mean()[i][0], 1e-5);
            assertEquals(Math.sqrt(second - m * m), c.std()[i][0], 1e-4);
            assertEquals(a.adSimilarity()[i], c.adSimilarity()[i], 0f);
            assertNull(c.errors()[i]);
        }
        assertEquals("no structure", c.errors()[3]);
        assertTrue(Float.isNaN(c.adSimilarity()[3]));
        assertTrue(Float.isNaN(c.mean()[3][0]));
        assertThrows(ModelException.class, () -> consensus.scoreInputs(List.of(), null), "a consensus needs molecules");
        // the same molecules loaded again from the written package
        assertEquals(c.mean()[0][0], ModelPackage.load(tmp.resolve("esol")).score(mols).mean()[0][0], 0f);
    }

    @Test
    void validationFiguresAreThePooledScoresOnTheMembersSplit() throws Exception {
        Manifest.Validation v = consensus.manifest().validation();
        Manifest.Validation mv = mlp.manifest().validation();
        assertEquals(List.of(mv.trainRows(), mv.validRows(), mv.testRows()), List.of(v.trainRows(), v.validRows(), v.testRows()));
        SplitPlan plan = request("esol-mlp", 3, "ecfp4-count:2048+standard").splitPlan();
        LabelledTable table = plan.read();
        Split split = plan.split(table);
        List<String> smiles = new ArrayList<>();
        double[] y = new double[split.test().length];
        for (int i = 0; i < split.test().length; i++) {
            smiles.add(table.molecules().get(split.test()[i]).smiles());
            y[i] = table.molecules().get(split.test()[i]).labels()[0];
        }
        List<IAtomContainer> mols = SmallModels.standardized(smiles);
        ScoreBatch a = mlp.score(mols);
        ScoreBatch b = gnn.score(mols);
        double[] pooled = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            pooled[i] = (3 * a.mean()[i][0] + b.mean()[i][0]) / 4.0;
        }
        double rmse = TaskMetrics.compute(TASK, TaskType.REGRESSION, y, pooled).values().get("rmse");
        assertEquals(rmse, v.sets().get("test").get(0).values().get("rmse"), 1e-4);
        assertEquals(split.valid().length, v.sets().get("valid").get(0).n());
        @SuppressWarnings("unchecked")
        List<java.util.Map<String, Object>> members = (List<java.util.Map<String, Object>>) consensus.manifest()
                .provenance().trainer().get("members");
        assertEquals(List.of("esol-mlp", "esol-gnn"), members.stream().map(m -> m.get("name")).toList());
        assertEquals(List.of("regression", "gnn"), List.copyOf(consensus.manifest().provenance().bestEpochs().keySet()));
    }

    @Test
    void packagesThatDoNotMatchAreRefused() throws Exception {
        String twoMlps = assertThrows(IllegalArgumentException.class, () -> new ConsensusRun(mlp, mlp, csv,
                tmp.resolve("x"), "x", "1", "", "c", line -> { }).run()).getMessage();
        assertTrue(twoMlps.contains("one package of fingerprint networks and one of graph networks: esol-mlp is "
                + "fingerprint networks, esol-mlp is fingerprint networks"), twoMlps);
        ModelPackage bits = new TrainingRun(request("esol-bits", 1, "ecfp4:2048"), line -> { }).run();
        String featurizers = assertThrows(IllegalArgumentException.class, () -> new ConsensusRun(bits, gnn, csv,
                tmp.resolve("x"), "x", "1", "", "c", line -> { }).run()).getMessage();
        assertTrue(featurizers.startsWith("esol-bits and esol-gnn differ in their featurizers"), featurizers);
        Path other = SmallModels.esolRows(Files.createDirectories(tmp.resolve("other")), 5);
        String data = assertThrows(IllegalArgumentException.class, () -> new ConsensusRun(mlp, gnn, other,
                tmp.resolve("x"), "x", "1", "", "c", line -> { }).run()).getMessage();
        assertTrue(data.contains("is not the file esol-mlp and esol-gnn were trained on"), data);
        String nested = assertThrows(IllegalArgumentException.class, () -> new ConsensusRun(consensus, gnn, csv,
                tmp.resolve("x"), "x", "1", "", "c", line -> { }).run()).getMessage();
        assertTrue(nested.contains("not another consensus"), nested);
    }
}
