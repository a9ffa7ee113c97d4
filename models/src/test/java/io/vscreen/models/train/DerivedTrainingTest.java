package io.vscreen.models.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openscience.cdk.interfaces.IAtomContainer;

import io.vscreen.models.ScoreBatch;
import io.vscreen.models.TaskType;
import io.vscreen.models.data.LabelledTable;
import io.vscreen.models.data.Split;
import io.vscreen.models.metrics.TaskMetrics;
import io.vscreen.models.pkg.Manifest;
import io.vscreen.models.pkg.ModelPackage;

/**
 * BACE's Class read off its pIC50 ({@code Class=pIC50>=7}): no classifier is trained, the Class
 * probability follows the predicted pIC50, and sigma is pIC50's validation RMSE.
 */
class DerivedTrainingTest {

    static TrainRequest derived(Path out, int ensemble, int folds) {
        TrainRequest r = SmallModels.baceRequest(out, 0, ensemble);
        return new TrainRequest(r.data(), r.smilesColumn(), r.tasks(), r.taskTypes(), r.units(), r.role(), r.name(),
                r.version(), r.description(), r.featurizer(), r.split(), 0, ensemble, folds, r.mlp(), r.validFraction(),
                r.testFraction(), out, r.command(), List.of(DerivedTask.parse("Class=pIC50>=7")));
    }

    @Test
    void classIsTheProbabilityThatThePredictedPic50ReachesSeven(@TempDir Path tmp) throws Exception {
        TrainRequest request = derived(tmp.resolve("d"), 2, 0);
        List<String> log = new ArrayList<>();
        ModelPackage pkg = new TrainingRun(request, log::add).run();
        Manifest m = pkg.manifest();
        assertEquals(List.of("Class", "pIC50"), m.tasks().stream().map(t -> t.name()).toList());
        assertEquals(List.of(ModelPackage.THRESHOLD, "mlp"), m.heads().stream().map(Manifest.Head::architecture).toList());
        assertTrue(m.files().keySet().stream().noneMatch(f -> f.contains("classification")), "no classifier: " + m.files());
        Manifest.Threshold t = m.heads().get(0).threshold();
        assertEquals("pIC50", t.task());
        assertEquals(7.0, t.value());
        // sigma is the pIC50 RMSE on the validation set, as the manifest's figures report it
        assertEquals(m.validation().sets().get("valid").get(1).values().get("rmse"), t.sigma(), 1e-12);
        assertTrue(log.stream().anyMatch(l -> l.startsWith("Class read off pIC50 >= 7.0")), log.toString());

        List<IAtomContainer> drugs = SmallModels.standardized(List.of("CC(=O)Oc1ccccc1C(=O)O",
                "CC(C)(C)NC(=O)[C@@H]1C[C@@H]2CCCC[C@@H]2CN1C[C@@H](O)[C@H](Cc1ccccc1)NC(=O)[C@H](CC(N)=O)NC(=O)c1ccc2ccccc2n1"));
        ScoreBatch s = pkg.score(drugs);
        for (int i = 0; i < drugs.size(); i++) {
            double z = (s.mean()[i][1] - 7) / t.sigma();
            assertEquals(0.5 * org.apache.commons.math3.special.Erf.erfc(-z / Math.sqrt(2)), s.mean()[i][0], 1e-6);
        }

        // ranking by Class is ranking by predicted pIC50: the same ROC-AUC on the test set
        SplitPlan plan = request.splitPlan();
        LabelledTable table = plan.read();
        Split split = plan.split(table);
        ScoreBatch test = pkg.scoreInputs(table.features(split.test()), null);
        List<Double> y = new ArrayList<>();
        List<Double> pic50 = new ArrayList<>();
        for (int i = 0; i < split.test().length; i++) {
            y.add(table.molecules().get(split.test()[i]).labels()[0]);
            pic50.add((double) test.mean()[i][1]);
        }
        double auc = TaskMetrics.compute("Class", TaskType.CLASSIFICATION, y.stream().mapToDouble(d -> d).toArray(),
                pic50.stream().mapToDouble(d -> d).toArray()).values().get("roc_auc");
        assertEquals(auc, m.validation().sets().get("test").get(0).values().get("roc_auc"), 1e-9);
        assertEquals(ModelPackage.load(tmp.resolve("d")).score(drugs).mean()[1][0], s.mean()[1][0], 0f);
    }

    @Test
    void aCrossValidatedEnsembleTakesSigmaFromItsOutOfFoldError(@TempDir Path tmp) throws Exception {
        ModelPackage pkg = new TrainingRun(derived(tmp.resolve("cv"), 3, 3), line -> { }).run();
        Manifest m = pkg.manifest();
        assertEquals(3, m.validation().folds());
        assertEquals(1157, m.validation().sets().get("valid").get(0).n(), "Class scored out of fold");
        assertEquals(m.validation().sets().get("valid").get(1).values().get("rmse"), m.heads().get(0).threshold().sigma(),
                1e-12);
    }

    @Test
    void onlyAClassificationTaskCanBeReadOffARegressionTask(@TempDir Path tmp) {
        TrainRequest r = SmallModels.baceRequest(tmp.resolve("x"), 0, 1);
        String wrongWay = assertThrows(IllegalArgumentException.class, () -> new TrainRequest(r.data(), r.smilesColumn(),
                r.tasks(), r.taskTypes(), r.units(), r.role(), r.name(), r.version(), r.description(), r.featurizer(),
                r.split(), 0, 1, 0, r.mlp(), 0.1, 0.1, r.out(), "test", List.of(DerivedTask.parse("pIC50=Class>=1"))))
                .getMessage();
        assertTrue(wrongWay.contains("derived task pIC50 must be one of the classification tasks"), wrongWay);
        String unknown = assertThrows(IllegalArgumentException.class, () -> new TrainRequest(r.data(), r.smilesColumn(),
                r.tasks(), r.taskTypes(), r.units(), r.role(), r.name(), r.version(), r.description(), r.featurizer(),
                r.split(), 0, 1, 0, r.mlp(), 0.1, 0.1, r.out(), "test", List.of(DerivedTask.parse("Class=IC50>=7"))))
                .getMessage();
        assertTrue(unknown.contains("Class is read off IC50, which must be one of the regression tasks"), unknown);
        TrainRequest graph = derived(tmp.resolve("g"), 1, 0);
        var config = new io.vscreen.models.gnn.DmpnnConfig(16, 2, io.vscreen.models.gnn.Readout.MEAN, 1, 16, 0.0, 3e-3, 32, 2, 2);
        String gnn = assertThrows(IllegalArgumentException.class,
                () -> new io.vscreen.models.gnn.GnnTrainingRun(graph, config, line -> { }).run()).getMessage();
        assertTrue(gnn.contains("read off fingerprint networks (--arch mlp) only"), gnn);
    }
}
