package io.vscreen.screening.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.vscreen.chem.testing.SharedData;

/** train -> models list/show -> predict -> evaluate through the command line, on BACE rows. */
class ModelCommandsTest {
    @TempDir
    Path tmp;

    @Test
    void trainListShowPredictEvaluate() throws Exception {
        Path data = baceRows();
        Path models = tmp.resolve("models");
        CliRun train = CliRun.of("train", "--data", data.toString(), "--tasks", "Class,pIC50", "--task-type",
                "classification,regression", "--units", "probability,pIC50", "--role", "efficacy", "--featurizer",
                "ecfp4:1024", "--hidden", "16", "--ensemble", "2", "--epochs", "2", "--split", "scaffold", "--seed", "0",
                "--out", models.resolve("bace-mini").toString());
        assertEquals(0, train.code(), train.err());
        assertTrue(train.out().contains("classification member 1/2 epoch  1: loss"), train.out());
        assertTrue(train.out().contains("regression member 2/2 epoch  2"), train.out());

        CliRun list = CliRun.of("models", "list", "--models-dir", models.toString());
        assertEquals(0, list.code(), list.err());
        assertTrue(list.out().lines().anyMatch(l -> l.startsWith("bace-mini") && l.contains("efficacy")
                && l.contains("Class,pIC50") && l.contains("roc_auc=")), list.out());

        CliRun show = CliRun.of("models", "show", "bace-mini", "--models-dir", models.toString());
        assertEquals(0, show.code(), show.err());
        assertTrue(show.out().contains("featurizer:  ecfp4:1024"), show.out());
        assertTrue(show.out().contains("vscreen train --data"), show.out());

        CliRun folds = CliRun.of("train", "--data", data.toString(), "--tasks", "Class", "--task-type", "classification",
                "--role", "efficacy", "--featurizer", "ecfp4:1024", "--hidden", "16", "--ensemble", "3", "--folds", "3",
                "--epochs", "2", "--split", "scaffold", "--seed", "0", "--out", models.resolve("bace-cv").toString());
        assertEquals(0, folds.code(), folds.err());
        assertTrue(folds.out().contains("scaffold split, training and validation pooled into 3 folds"), folds.out());
        assertTrue(folds.out().contains("classification member 3/3 epoch  2"), folds.out());
        CliRun showFolds = CliRun.of("models", "show", "bace-cv", "--models-dir", models.toString());
        assertEquals(0, showFolds.code(), showFolds.err());
        assertTrue(showFolds.out().contains("rows in 3 cross-validation folds"), showFolds.out());
        assertTrue(showFolds.out().contains("valid set (out-of-fold"), showFolds.out());
        CliRun tooFew = CliRun.of("train", "--data", data.toString(), "--tasks", "Class", "--task-type", "classification",
                "--role", "efficacy", "--ensemble", "2", "--folds", "3", "--out", models.resolve("bace-no").toString());
        assertEquals(2, tooFew.code(), tooFew.out());
        assertTrue(tooFew.err().contains("3 folds need an ensemble of at least 3 members"), tooFew.err());

        Path library = tmp.resolve("library.csv");
        Files.writeString(library, "name,smiles\naspirin,CC(=O)Oc1ccccc1C(=O)O\nbroken,C1CC\ncaffeine,CN1C=NC2=C1C(=O)N(C(=O)N2C)C\n");
        Path out = tmp.resolve("scores.csv");
        CliRun predict = CliRun.of("predict", "--model", "bace-mini", "--models-dir", models.toString(), "--library",
                library.toString(), "--id-column", "name", "--out", out.toString());
        assertEquals(0, predict.code(), predict.err());
        List<String> rows = Files.readAllLines(out);
        assertEquals("record,id,smiles,bace-mini.Class,bace-mini.pIC50,bace-mini.Class_std,bace-mini.pIC50_std,"
                + "bace-mini.ad_similarity,error", rows.get(0));
        assertEquals(4, rows.size());
        assertTrue(rows.get(1).startsWith("1,aspirin,"), rows.get(1));
        assertTrue(rows.get(2).startsWith("2,broken,C1CC,,,,,,"), rows.get(2));
        assertTrue(rows.get(2).length() > "2,broken,C1CC,,,,,,".length(), "the error is reported: " + rows.get(2));
        String[] caffeine = rows.get(3).split(",");
        double p = Double.parseDouble(caffeine[3]);
        assertTrue(p >= 0 && p <= 1, rows.get(3));
        assertEquals("", caffeine.length > 8 ? caffeine[8] : "");

        Path json = tmp.resolve("eval.json");
        CliRun evaluate = CliRun.of("evaluate", "--model", "bace-mini", "--models-dir", models.toString(), "--data",
                data.toString(), "--json", json.toString());
        assertEquals(0, evaluate.code(), evaluate.err());
        assertTrue(evaluate.out().contains("bedroc20") && evaluate.out().contains("rmse"), evaluate.out());
        String report = Files.readString(json);
        assertTrue(report.contains("\"roc_auc\"") && report.contains("\"r2\""), report);
    }

    @Test
    void countAndDescriptorModelsScoreSaltsAsTheirParentMolecule() throws Exception {
        Path data = baceRows();
        Path models = tmp.resolve("models");
        CliRun train = CliRun.of("train", "--data", data.toString(), "--tasks", "Class", "--task-type", "classification",
                "--role", "efficacy", "--featurizer", "ecfp4-count:1024", "--descriptors", "standard", "--hidden", "16",
                "--ensemble", "2", "--epochs", "2", "--split", "scaffold", "--seed", "0",
                "--out", models.resolve("bace-counts").toString());
        assertEquals(0, train.code(), train.err());
        CliRun show = CliRun.of("models", "show", "bace-counts", "--models-dir", models.toString());
        assertEquals(0, show.code(), show.err());
        assertTrue(show.out().contains("featurizer:  ecfp4-count:1024 (version morgan-")
                && show.out().contains("counts as log1p) + standard descriptors (version standard-"), show.out());

        Path library = tmp.resolve("salts.csv");
        Files.writeString(library, "name,smiles\n"
                + "ibuprofen,CC(C)Cc1ccc(cc1)C(C)C(=O)O\n"
                + "ibuprofen sodium,[Na+].CC(C)Cc1ccc(cc1)C(C)C([O-])=O\n"
                + "diphenhydramine,CN(C)CCOC(c1ccccc1)c1ccccc1\n"
                + "diphenhydramine hydrochloride,Cl.CN(C)CCOC(c1ccccc1)c1ccccc1\n");
        Path out = tmp.resolve("scores.csv");
        CliRun predict = CliRun.of("predict", "--model", "bace-counts", "--models-dir", models.toString(), "--library",
                library.toString(), "--id-column", "name", "--out", out.toString());
        assertEquals(0, predict.code(), predict.err());
        List<String> rows = Files.readAllLines(out);
        assertEquals(5, rows.size());
        for (int parent : new int[] {1, 3}) {
            String[] free = rows.get(parent).split(",");
            String[] salt = rows.get(parent + 1).split(",");
            assertTrue(!free[3].isEmpty(), rows.get(parent));
            assertEquals(List.of(free).subList(3, 6), List.of(salt).subList(3, 6), "scores of " + free[1] + " and its salt");
        }
        CliRun evaluate = CliRun.of("evaluate", "--model", "bace-counts", "--models-dir", models.toString(), "--data",
                data.toString(), "--json", tmp.resolve("eval.json").toString());
        assertEquals(0, evaluate.code(), evaluate.err());
        assertTrue(evaluate.out().contains("300 scored"), evaluate.out());
    }

    @Test
    void aConsensusOfAnMlpAndAGraphNetworkIsCombinedShownAndUsed() throws Exception {
        Path data = baceRows();
        Path models = tmp.resolve("models");
        for (String arch : new String[] {"mlp", "gnn"}) {
            CliRun train = CliRun.of("train", "--data", data.toString(), "--tasks", "Class", "--task-type", "classification",
                    "--role", "efficacy", "--arch", arch, "--featurizer", "ecfp4-count:1024", "--descriptors", "standard",
                    "--hidden", "16", "--ensemble", "1", "--epochs", "2", "--split", "scaffold", "--seed", "0",
                    "--out", models.resolve("bace-" + arch).toString());
            assertEquals(0, train.code(), train.err());
        }
        CliRun combine = CliRun.of("models", "combine", "bace-mlp", "bace-gnn", "--models-dir", models.toString(), "--data",
                data.toString(), "--name", "bace-both", "--out", models.resolve("bace-both").toString());
        assertEquals(0, combine.code(), combine.err());
        assertTrue(combine.out().contains("valid Class") && combine.out().contains("consensus roc_auc"), combine.out());
        assertTrue(combine.out().contains("2 members"), combine.out());
        CliRun show = CliRun.of("models", "show", "bace-both", "--models-dir", models.toString());
        assertEquals(0, show.code(), show.err());
        assertTrue(show.out().contains("network:     classification: mlp") && show.out().contains("classification: gnn"),
                show.out());
        assertTrue(show.out().contains("member:      bace-mlp 1.0.0 (mlp, 1 members): valid Class roc_auc ")
                && show.out().contains("member:      bace-gnn 1.0.0 (gnn, 1 members): valid Class roc_auc "), show.out());
        Path library = tmp.resolve("drugs.csv");
        Files.writeString(library, "name,smiles\naspirin,CC(=O)Oc1ccccc1C(=O)O\nbroken,C1CC\n");
        Path out = tmp.resolve("both.csv");
        CliRun predict = CliRun.of("predict", "--model", "bace-both", "--model", "bace-mlp", "--models-dir",
                models.toString(), "--library", library.toString(), "--id-column", "name", "--out", out.toString());
        assertEquals(0, predict.code(), predict.err());
        List<String> rows = Files.readAllLines(out);
        assertEquals(3, rows.size());
        assertTrue(rows.get(0).startsWith("record,id,smiles,bace-both.Class,bace-both.Class_std,bace-both.ad_similarity"),
                rows.get(0));
        assertTrue(!rows.get(1).split(",")[3].isEmpty(), rows.get(1));
        assertTrue(rows.get(2).contains("broken"), rows.get(2));

        CliRun wrongData = CliRun.of("models", "combine", "bace-mlp", "bace-gnn", "--models-dir", models.toString(), "--data",
                SharedData.file("moleculenet/bace.csv").toString(), "--name", "x", "--out", models.resolve("x").toString());
        assertEquals(2, wrongData.code(), wrongData.out());
        assertTrue(wrongData.err().contains("is not the file bace-mlp and bace-gnn were trained on"), wrongData.err());
    }

    @Test
    void aClassificationTaskReadOffARegressionTask() throws Exception {
        Path data = baceRows();
        Path models = tmp.resolve("models");
        CliRun train = CliRun.of("train", "--data", data.toString(), "--tasks", "Class,pIC50", "--task-type",
                "classification,regression", "--units", "probability,pIC50", "--role", "efficacy", "--featurizer",
                "ecfp4:1024", "--hidden", "16", "--ensemble", "2", "--epochs", "2", "--derive", "Class=pIC50>=7",
                "--out", models.resolve("bace-derived").toString());
        assertEquals(0, train.code(), train.err());
        assertTrue(train.out().contains("Class read off pIC50 >= 7.0"), train.out());
        assertTrue(!train.out().contains("classification member"), "no classifier is trained: " + train.out());
        CliRun show = CliRun.of("models", "show", "bace-derived", "--models-dir", models.toString());
        assertEquals(0, show.code(), show.err());
        assertTrue(show.out().contains("network:     Class: read off pIC50 >= 7.0 (probability of that side; sigma "),
                show.out());
        CliRun bad = CliRun.of("train", "--data", data.toString(), "--tasks", "Class,pIC50", "--task-type",
                "classification,regression", "--role", "efficacy", "--derive", "Class=pIC50>7", "--out",
                models.resolve("no").toString());
        assertEquals(2, bad.code(), bad.out());
        assertTrue(bad.err().contains("'Class=pIC50>7' is not TASK=REGRESSION_TASK>=VALUE"), bad.err());
    }

    @Test
    void aCorruptPackageIsRefusedWithAClearMessage() throws Exception {
        Path models = tmp.resolve("models");
        Path pkg = models.resolve("broken");
        Files.createDirectories(pkg);
        Files.writeString(pkg.resolve("model.json"), "{\"format\": 1, \"name\": \"broken\"}");
        CliRun show = CliRun.of("models", "show", "broken", "--models-dir", models.toString());
        assertEquals(1, show.code());
        assertTrue(show.err().contains("broken") && show.err().contains("manifest lacks"), show.err());
        CliRun predict = CliRun.of("predict", "--model", "nothing-like-this", "--library", "x.smi", "--out", "y.csv");
        assertEquals(1, predict.code());
        assertTrue(predict.err().contains("no model named 'nothing-like-this'"), predict.err());
    }

    /** The header and the first 300 rows of BACE, written into the test's directory. */
    private Path baceRows() throws java.io.IOException {
        Path data = tmp.resolve("bace300.csv");
        Files.write(data, Files.readAllLines(SharedData.file("moleculenet/bace.csv")).subList(0, 301));
        return data;
    }
}
