package io.vscreen.screening.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.vscreen.chem.MoleculeParser;
import io.vscreen.chem.testing.SharedData;
import io.vscreen.models.features.Featurizer;
import io.vscreen.models.features.FeaturizerSpec;
import io.vscreen.models.keras.KerasH5Writer;
import io.vscreen.screening.testing.TestLibraries;

/**
 * {@code models import-keras} and {@code models import-actives} from the command line, then
 * {@code predict} (and {@code evaluate}) with the packages they write, on the bundled example
 * library.
 */
class ImportKerasCommandTest {
    private static final Path EXAMPLES = TestLibraries.APPROVED_DRUGS;

    @TempDir
    Path tmp;

    /** The test network by hand: relu(x K1 + b1), then sigmoid(h K2 + b2), for output {@code t}. */
    private static double byHand(List<KerasH5Writer.Dense> layers, int[] onBits, int t) {
        KerasH5Writer.Dense l1 = layers.get(0);
        KerasH5Writer.Dense l2 = layers.get(1);
        double z2 = l2.bias()[t];
        for (int j = 0; j < l1.units(); j++) {
            double z = l1.bias()[j];
            for (int b : onBits) {
                z += l1.kernel()[b][j];
            }
            z2 += Math.max(0, z) * l2.kernel()[j][t];
        }
        return 1 / (1 + Math.exp(-z2));
    }

    @Test
    void importedKerasModelPredictsTheExampleLibrary() throws Exception {
        List<KerasH5Writer.Dense> layers = KerasH5Writer.randomLayers(11, new int[] {2048, 16, 2},
                new String[] {"relu", "sigmoid"});
        Path h5 = tmp.resolve("tox.h5");
        KerasH5Writer.write(h5, layers, "2.2.4", "tensorflow");
        Path models = tmp.resolve("models");

        CliRun wrong = CliRun.of("models", "import-keras", h5.toString(), "--featurizer", "ecfp4:1024", "--tasks",
                "NR-AR,SR-p53", "--role", "toxicity", "--name", "tox-keras", "--out", models.resolve("tox-keras").toString());
        assertEquals(1, wrong.code());
        assertTrue(wrong.err().contains("takes 2048 inputs but the featurizer ecfp4:1024 gives 1024"), wrong.err());

        CliRun ok = CliRun.of("models", "import-keras", h5.toString(), "--featurizer", "ecfp4:2048", "--tasks",
                "NR-AR,SR-p53", "--role", "toxicity", "--name", "tox-keras", "--out", models.resolve("tox-keras").toString());
        assertEquals(0, ok.code(), ok.err());
        assertTrue(ok.out().contains("Keras 2.2.4 (tensorflow) network [2048, 16, 2]"), ok.out());
        CliRun show = CliRun.of("models", "show", "--models-dir", models.toString(), "tox-keras");
        assertEquals(0, show.code(), show.err());
        assertTrue(show.out().contains("keras-import [2048, 16, 2]"), show.out());

        Path out = tmp.resolve("predictions.csv");
        CliRun predict = CliRun.of("predict", "--models-dir", models.toString(), "--model", "tox-keras", "--library",
                EXAMPLES.toString(), "--out", out.toString());
        assertEquals(0, predict.code(), predict.err());
        List<CSVRecord> rows = TestLibraries.readCsv(out);
        assertTrue(rows.size() > 100, "rows: " + rows.size());
        Featurizer f = Featurizer.create(FeaturizerSpec.parse("ecfp4:2048"));
        MoleculeParser parser = new MoleculeParser();
        // predict scores standardized molecules (salts reduced to the parent), as a screen does
        var standardizer = new io.vscreen.chem.standardize.Standardizer(
                io.vscreen.chem.standardize.StandardizerOptions.DEFAULTS.withInchiKey(false));
        int checked = 0;
        for (CSVRecord r : rows) {
            if (!r.get("error").isEmpty()) {
                continue;
            }
            int[] bits = f.onBits(standardizer.standardize(parser.parseSmiles(r.get("smiles"))).molecule());
            assertEquals(byHand(layers, bits, 0), Double.parseDouble(r.get("tox-keras.NR-AR")), 1e-5, r.get("id"));
            assertEquals(byHand(layers, bits, 1), Double.parseDouble(r.get("tox-keras.SR-p53")), 1e-5, r.get("id"));
            checked++;
        }
        assertTrue(checked >= 100, "scored rows checked: " + checked);
    }

    @Test
    void importedKerasModelEvaluatesOnTox21() throws Exception {
        Path tox21 = SharedData.file("moleculenet/tox21.csv");
        Path h5 = tmp.resolve("tox.h5");
        KerasH5Writer.write(h5, KerasH5Writer.randomLayers(5, new int[] {1024, 8, 1}, new String[] {"relu", "sigmoid"}),
                "2.2.4", "tensorflow");
        Path pkg = tmp.resolve("nr-ar");
        assertEquals(0, CliRun.of("models", "import-keras", h5.toString(), "--featurizer", "ecfp4:1024", "--tasks",
                "NR-AR", "--role", "toxicity", "--name", "nr-ar", "--out", pkg.toString()).code());
        Path json = tmp.resolve("eval.json");
        CliRun eval = CliRun.of("evaluate", "--model", pkg.toString(), "--data", tox21.toString(), "--json",
                json.toString());
        assertEquals(0, eval.code(), eval.err());
        assertTrue(eval.out().contains("NR-AR"), eval.out());
        assertTrue(Files.readString(json).contains("roc_auc"));
    }

    @Test
    void similarityPackageFromTheCommandLinePredictsAlongsideOthers() throws Exception {
        Path actives = tmp.resolve("bace.smi");
        Files.writeString(actives, String.join("\n",
                "CN1C(=N)N[C@](C)(CS1(=O)=O)c1cc(NC(=O)c2ccc(F)cn2)ccc1F verubecestat",
                "NC1=N[C@@]2(c3cc(NC(=O)c4ccc(F)cn4)ccc3F)COC[C@H]2CS1 LY2886721",
                "C[C@]1(c2cc(NC(=O)c3ccc(cn3)C#N)ccc2F)C=CSC(N)=N1 atabecestat", ""));
        Path models = tmp.resolve("models");
        CliRun made = CliRun.of("models", "import-actives", actives.toString(), "--name", "bace-sim", "--task", "bace",
                "--top-k", "2", "--out", models.resolve("bace-sim").toString());
        assertEquals(0, made.code(), made.err());
        assertEquals(0, CliRun.of("models", "show", "--models-dir", models.toString(), "bace-sim").code());

        Path library = tmp.resolve("query.smi");
        Files.writeString(library, String.join("\n",
                "CN1C(=N)N[C@](C)(CS1(=O)=O)c1cc(NC(=O)c2ccc(Cl)cn2)ccc1F chloro-analogue",
                "CN1C=NC2=C1C(=O)N(C(=O)N2C)C caffeine",
                "not-a-smiles broken", ""));
        Path out = tmp.resolve("sim.csv");
        CliRun predict = CliRun.of("predict", "--models-dir", models.toString(), "--model", "bace-sim", "--library",
                library.toString(), "--out", out.toString());
        assertEquals(0, predict.code(), predict.err());
        List<CSVRecord> rows = TestLibraries.readCsv(out);
        assertEquals(3, rows.size());
        double analogue = Double.parseDouble(rows.get(0).get("bace-sim.bace"));
        double caffeine = Double.parseDouble(rows.get(1).get("bace-sim.bace"));
        assertTrue(analogue > 0.4 && caffeine < 0.2, analogue + " vs " + caffeine);
        assertTrue(Double.parseDouble(rows.get(0).get("bace-sim.ad_similarity")) >= analogue);
        assertTrue(Double.parseDouble(rows.get(0).get("bace-sim.bace_std")) > 0, "top-2 spread");
        assertTrue(!rows.get(2).get("error").isEmpty(), "the broken record keeps its row with the reason");
    }
}
