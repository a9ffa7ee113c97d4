package io.vscreen.models.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openscience.cdk.interfaces.IAtomContainer;

import io.vscreen.models.ScoreBatch;
import io.vscreen.models.features.FeaturizerSpec;
import io.vscreen.models.pkg.ModelPackage;

/** Training on folded counts plus scaled descriptors (BACE): reproducible, and the manifest carries the scaling. */
class CountDescriptorTrainingTest {
    private static final String[] DRUGS = {
        "CC(=O)Oc1ccccc1C(=O)O",                // aspirin
        "CN1C=NC2=C1C(=O)N(C(=O)N2C)C",         // caffeine
        "CN(C)CCOC(c1ccccc1)c1ccccc1.Cl",       // diphenhydramine hydrochloride
    };

    @TempDir
    static Path tmp;
    static ModelPackage a;
    static ModelPackage b;

    @BeforeAll
    static void train() throws Exception {
        FeaturizerSpec spec = FeaturizerSpec.parse("ecfp4-count:1024", "standard");
        a = new TrainingRun(SmallModels.baceRequest(tmp.resolve("a"), 3, 2, spec), line -> { }).run();
        b = new TrainingRun(SmallModels.baceRequest(tmp.resolve("b"), 3, 2, spec), line -> { }).run();
    }

    private static List<IAtomContainer> standardizedDrugs() throws Exception {
        return SmallModels.standardized(List.of(DRUGS));
    }

    @Test
    void retrainingWithOneSeedGivesIdenticalPredictions() throws Exception {
        List<IAtomContainer> mols = standardizedDrugs();
        ScoreBatch sa = a.score(mols);
        ScoreBatch sb = b.score(mols);
        for (int i = 0; i < mols.size(); i++) {
            assertNull(sa.errors()[i], DRUGS[i]);
            assertArrayEquals(sa.mean()[i], sb.mean()[i], 0f, DRUGS[i]);
            assertArrayEquals(sa.std()[i], sb.std()[i], 0f, DRUGS[i]);
        }
        for (String f : a.manifest().files().keySet()) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("a").resolve(f)), Files.readAllBytes(tmp.resolve("b").resolve(f)),
                    f + " differs between two trainings with one seed");
        }
        assertArrayEquals(a.manifest().featurizer().descriptors().center(), b.manifest().featurizer().descriptors().center(), 0);
    }

    @Test
    void theManifestNamesTheInputsAndTheScalingFittedOnTheTrainingSplit() {
        FeaturizerSpec spec = a.manifest().featurizer();
        assertEquals("ecfp4-count:1024+standard", spec.label());
        assertEquals(FeaturizerSpec.LOG1P, spec.countTransform());
        assertTrue(spec.descriptors().fitted());
        assertEquals(1024 + 16, a.manifest().heads().get(0).layers().get(0));
        // BACE inhibitors are peptidomimetics and amidines: the median training molecule weighs some 450 g/mol
        double mw = spec.descriptors().center()[0];
        assertTrue(mw > 350 && mw < 550, "median mw " + mw);
        assertEquals(TrainingRun.STANDARDIZATION, a.manifest().provenance().trainer().get("standardization"));
        double auc = a.manifest().validation().sets().get("valid").get(0).values().get("roc_auc");
        assertTrue(auc > 0.6, "validation ROC-AUC " + auc);
    }
}
