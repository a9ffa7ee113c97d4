package io.vscreen.models.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.vscreen.models.TaskType;
import io.vscreen.models.data.CrossValidation;
import io.vscreen.models.data.LabelledTable;
import io.vscreen.models.data.Split;
import io.vscreen.models.features.ModelInput;
import io.vscreen.models.metrics.TaskMetrics;
import io.vscreen.models.nn.Mlp;
import io.vscreen.models.pkg.Manifest;
import io.vscreen.models.pkg.ModelPackage;

/**
 * A cross-validated ensemble on BACE: three members, each stopping early on one of three scaffold
 * folds of the pooled training and validation sets; its validation figures are out-of-fold.
 */
class CrossValidatedTrainingTest {

    @TempDir
    static Path tmp;
    static TrainRequest request;
    static ModelPackage pkg;

    @BeforeAll
    static void train() throws Exception {
        request = SmallModels.crossValidatedBaceRequest(tmp.resolve("cv"), 0, 3, 3);
        pkg = new TrainingRun(request, line -> { }).run();
    }

    @Test
    void manifestSaysTheFiguresAreOutOfFold() throws Exception {
        Manifest.Validation v = pkg.manifest().validation();
        assertEquals(3, v.folds());
        assertTrue(v.crossValidated());
        // BACE's scaffold split: 1,028 training and 129 validation rows pooled, 129 test rows
        assertEquals(1157, v.trainRows());
        assertEquals(1157, v.validRows());
        assertEquals(129, v.testRows());
        Manifest.MetricSet cls = v.sets().get("valid").get(0);
        assertEquals("Class", cls.task());
        assertEquals(1157, cls.n(), "every pooled row is scored out of fold");
        assertEquals(129, v.sets().get("test").get(0).n());
        assertEquals(3, pkg.manifest().provenance().trainer().get("folds"));
        assertEquals(List.of(3, 3), pkg.manifest().provenance().bestEpochs().values().stream().map(List::size).toList());
        String json = Files.readString(tmp.resolve("cv").resolve("model.json"));
        assertTrue(json.contains("\"folds\" : 3"), "model.json names the folds");
        assertEquals(3, ModelPackage.load(tmp.resolve("cv")).manifest().validation().folds(), "folds read back");
    }

    @Test
    void outOfFoldRocAucIsEachMembersScoreOnItsOwnFold() throws Exception {
        SplitPlan plan = request.splitPlan();
        LabelledTable table = plan.read();
        Split split = plan.split(table);
        CrossValidation cv = plan.crossValidation(table, split, 3);
        List<Double> labels = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        List<Double> inSample = new ArrayList<>();
        for (int e = 0; e < 3; e++) {
            int[] fold = cv.folds()[e];
            List<ModelInput> inputs = table.features(fold).stream().map(f -> pkg.manifest().featurizer().input(f)).toList();
            Mlp member = pkg.heads().get(0).members().get(e);
            float[][] own = member.predict(inputs);
            float[][] whole = pkg.scoreInputs(table.features(fold), null).mean();
            double[][] y = table.labels(fold);
            for (int i = 0; i < fold.length; i++) {
                labels.add(y[i][0]);
                scores.add((double) own[i][0]);
                inSample.add((double) whole[i][0]);
            }
        }
        double oof = auc(labels, scores);
        assertEquals(pkg.manifest().validation().sets().get("valid").get(0).values().get("roc_auc"), oof, 1e-12);
        // the whole ensemble has learned from two thirds of these rows through two of its members
        double all = auc(labels, inSample);
        assertTrue(all > oof, "in-sample ROC-AUC " + all + " should exceed out-of-fold " + oof);
    }

    @Test
    void foldsThatCannotServeTheEnsembleAreRefused() {
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> SmallModels.crossValidatedBaceRequest(tmp.resolve("x"), 0, 2, 3)).getMessage()
                .contains("3 folds need an ensemble of at least 3 members"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> SmallModels.crossValidatedBaceRequest(tmp.resolve("x"), 0, 3, 1)).getMessage()
                .contains("folds must be 0 (one split) or at least 2, not 1"));
        TrainRequest graphs = SmallModels.crossValidatedBaceRequest(tmp.resolve("x"), 0, 3, 3);
        var config = new io.vscreen.models.gnn.DmpnnConfig(16, 2, io.vscreen.models.gnn.Readout.MEAN, 1, 16, 0.0, 3e-3, 32, 2, 2);
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new io.vscreen.models.gnn.GnnTrainingRun(graphs, config, line -> { }).run()).getMessage()
                .contains("folds train fingerprint networks (--arch mlp) only"));
        assertFalse(Files.exists(tmp.resolve("x")));
    }

    @Test
    void aSingleSplitManifestHasNoFolds() throws Exception {
        ModelPackage single = SmallModels.trainBace(tmp.resolve("single"), 0, 1);
        assertEquals(null, single.manifest().validation().folds());
        assertFalse(Files.readString(tmp.resolve("single").resolve("model.json")).contains("folds"));
        assertEquals(129, single.manifest().validation().sets().get("valid").get(0).n());
    }

    private static double auc(List<Double> labels, List<Double> scores) {
        List<Integer> keep = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            if (!Double.isNaN(labels.get(i))) {
                keep.add(i);
            }
        }
        double[] y = keep.stream().mapToDouble(labels::get).toArray();
        double[] p = keep.stream().mapToDouble(scores::get).toArray();
        return TaskMetrics.compute("Class", TaskType.CLASSIFICATION, y, p).values().get("roc_auc");
    }
}
