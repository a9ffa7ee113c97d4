package io.vscreen.models.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openscience.cdk.interfaces.IAtomContainer;

import io.vscreen.chem.MoleculeParser;
import io.vscreen.models.ScoreBatch;
import io.vscreen.models.pkg.Manifest;
import io.vscreen.models.pkg.ModelPackage;

/** Training end to end on the BACE set: determinism, manifest contents, sensible predictions. */
class TrainingRunTest {
    private static final String[] DRUGS = {
        "CC(=O)Oc1ccccc1C(=O)O", // aspirin
        "CN1C=NC2=C1C(=O)N(C(=O)N2C)C", // caffeine
        "CC(C)Cc1ccc(cc1)C(C)C(=O)O", // ibuprofen
    };

    @TempDir
    static Path tmp;
    static ModelPackage a;
    static ModelPackage b;
    static ModelPackage c;

    @org.junit.jupiter.api.BeforeAll
    static void train() throws Exception {
        // seed 0, the zoo's seed: ND4J takes 0 for "no seed", so it must be mapped to a real one
        a = SmallModels.trainBace(tmp.resolve("a"), 0, 2);
        b = SmallModels.trainBace(tmp.resolve("b"), 0, 2);
        c = SmallModels.trainBace(tmp.resolve("c"), 2, 2);
    }

    @Test
    void retrainingWithOneSeedGivesIdenticalPredictions() throws Exception {
        List<IAtomContainer> mols = molecules();
        ScoreBatch sa = a.score(mols);
        ScoreBatch sb = b.score(mols);
        for (int i = 0; i < mols.size(); i++) {
            assertArrayEquals(sa.mean()[i], sb.mean()[i], 0f);
            assertArrayEquals(sa.std()[i], sb.std()[i], 0f);
        }
        for (String f : a.manifest().files().keySet()) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("a").resolve(f)), Files.readAllBytes(tmp.resolve("b").resolve(f)),
                    f + " differs between two trainings with one seed");
        }
        // a different seed gives a different model
        ScoreBatch sc = c.score(mols);
        boolean differs = false;
        for (int i = 0; i < mols.size(); i++) {
            differs |= sc.mean()[i][0] != sa.mean()[i][0];
        }
        assertTrue(differs, "seed 2 should not reproduce seed 0");
    }

    @Test
    void manifestRecordsProvenanceAndValidationFigures() throws Exception {
        Manifest m = a.manifest();
        assertEquals("af8b410dca2cee3596a350c038b02bd8063aedfe71abec55625657d6c0460a38", m.provenance().dataSha256());
        assertEquals(1286, m.provenance().dataRows());
        assertEquals(List.of("Class", "pIC50"), m.tasks().stream().map(t -> t.name()).toList());
        assertEquals(2, m.heads().size());
        assertEquals("scaffold", m.validation().split());
        assertEquals(1286, m.validation().trainRows() + m.validation().validRows() + m.validation().testRows());
        Manifest.MetricSet cls = m.validation().sets().get("test").get(0);
        assertEquals("Class", cls.task());
        // even a tiny 3-epoch network separates BACE inhibitors from non-inhibitors on new scaffolds
        assertTrue(cls.values().get("roc_auc") > 0.6, "test ROC-AUC " + cls.values().get("roc_auc"));
        assertTrue(cls.values().keySet().containsAll(List.of("pr_auc", "ef1", "ef5", "bedroc20", "brier")));
        Manifest.MetricSet reg = m.validation().sets().get("test").get(1);
        assertTrue(reg.values().get("rmse") < 1.6, "test RMSE " + reg.values().get("rmse"));
        assertTrue(m.provenance().libraries().containsKey("cdk"));
        assertEquals(List.of(0L, 1L), m.provenance().seeds());
        assertEquals(m.files().keySet(), new java.util.TreeSet<>(List.of("domain/training-fingerprints.bin.gz",
                "weights/classification-0.bf16", "weights/classification-1.bf16", "weights/regression-0.bf16",
                "weights/regression-1.bf16")));
    }

    @Test
    void trainingCompoundsAreInsideTheDomainAndDrugsScoreInRange() throws Exception {
        ModelPackage p = a;
        MoleculeParser parser = new MoleculeParser();
        // first row of bace.csv, a training or validation compound of a large scaffold family
        String first = Files.readAllLines(io.vscreen.chem.testing.SharedData.file("moleculenet/bace.csv")).get(1).split(",")[0];
        List<IAtomContainer> mols = new ArrayList<>(molecules());
        mols.add(parser.parseSmiles(first));
        mols.add(null);
        ScoreBatch s = p.score(mols);
        for (int i = 0; i < DRUGS.length; i++) {
            assertTrue(s.mean()[i][0] >= 0 && s.mean()[i][0] <= 1, "probability");
            assertTrue(s.mean()[i][1] > 2 && s.mean()[i][1] < 12, "pIC50 " + s.mean()[i][1]);
            assertTrue(s.adSimilarity()[i] < 0.5, "small drugs are far from BACE inhibitors: " + s.adSimilarity()[i]);
        }
        int bace = DRUGS.length;
        assertTrue(s.adSimilarity()[bace] > 0.5, "a BACE compound is near the training set: " + s.adSimilarity()[bace]);
        int missing = DRUGS.length + 1;
        assertTrue(!s.scored(missing) && Float.isNaN(s.mean()[missing][0]));
        assertEquals(List.of("bace-small.Class", "bace-small.pIC50", "bace-small.Class_std", "bace-small.pIC50_std",
                "bace-small.ad_similarity"), p.outputColumns());
    }

    private static List<IAtomContainer> molecules() throws Exception {
        MoleculeParser parser = new MoleculeParser();
        List<IAtomContainer> mols = new ArrayList<>();
        for (String s : DRUGS) {
            mols.add(parser.parseSmiles(s));
        }
        return mols;
    }
}
