package io.vscreen.models.gnn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openscience.cdk.interfaces.IAtomContainer;

import io.vscreen.chem.MoleculeParser;
import io.vscreen.chem.graph.MolGraphEncoder;
import io.vscreen.chem.testing.SharedData;
import io.vscreen.models.ModelException;
import io.vscreen.models.Role;
import io.vscreen.models.ScoreBatch;
import io.vscreen.models.TaskType;
import io.vscreen.models.features.FeaturizerSpec;
import io.vscreen.models.nn.MlpConfig;
import io.vscreen.models.pkg.Manifest;
import io.vscreen.models.pkg.ModelPackage;
import io.vscreen.models.train.TrainRequest;

/** A graph-network package trained on ESOL solubility, written, verified, loaded and used to score. */
class GnnTrainingRunTest {

    @Test
    void trainsWritesLoadsAndScoresAGraphPackage(@TempDir Path dir) throws Exception {
        // every third ESOL row, to keep the run short
        Path esol = SharedData.file("moleculenet/delaney-processed.csv");
        List<String> lines = Files.readAllLines(esol);
        List<String> some = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (i == 0 || i % 3 == 0) {
                some.add(lines.get(i));
            }
        }
        Path csv = dir.resolve("esol-third.csv");
        Files.write(csv, some);
        Path out = dir.resolve("esol-gnn");
        TrainRequest req = new TrainRequest(csv, "smiles", List.of("measured log solubility in mols per litre"),
                List.of(TaskType.REGRESSION), List.of("log mol/L"), Role.PROPERTY, "esol-gnn", "1.0.0", "ESOL solubility",
                FeaturizerSpec.parse("ecfp4:2048"), "scaffold", 0, 2, MlpConfig.defaults(), 0.1, 0.1, out, "test");
        DmpnnConfig cfg = new DmpnnConfig(16, 2, Readout.MEAN, 1, 16, 0.0, 3e-3, 32, 2, 2);
        List<String> log = new ArrayList<>();
        ModelPackage pkg = new GnnTrainingRun(req, cfg, log::add).run();

        Manifest m = pkg.manifest();
        assertTrue(pkg.isGraphModel());
        assertEquals("gnn", m.heads().get(0).architecture());
        assertEquals(List.of("weights/gnn-0.sd", "weights/gnn-1.sd"), m.heads().get(0).members());
        assertTrue(m.files().containsKey("weights/gnn-1.json"));
        assertEquals(io.vscreen.models.train.TrainingRun.STANDARDIZATION, m.provenance().trainer().get("standardization"));
        assertNotNull(m.validation().sets().get("valid").get(0).values().get("rmse"));
        assertTrue(log.stream().anyMatch(l -> l.startsWith("gnn member 2/2 epoch  2")), log.toString());

        MoleculeParser parser = new MoleculeParser();
        List<IAtomContainer> mols = new ArrayList<>();
        mols.add(parser.parseSmiles("CC(=O)Oc1ccccc1C(=O)O")); // aspirin
        mols.add(parser.parseSmiles("CCCCCCCCCCCCCCCC")); // hexadecane
        mols.add(null);
        ScoreBatch s = ModelPackage.load(out).score(mols);
        assertNull(s.errors()[0]);
        assertNotNull(s.errors()[2]);
        assertTrue(Float.isNaN(s.mean()[2][0]));
        assertTrue(s.std()[0][0] > 0, "two members disagree somewhat");
        assertTrue(s.adSimilarity()[0] >= 0 && s.adSimilarity()[0] <= 1);
        // the package scores as its ensemble does
        GnnEnsemble.Prediction p = new GraphModel(GnnEnsemble.load(out.resolve("weights"), 2)).ensemble()
                .predict(List.of(new MolGraphEncoder().encode(mols.get(0)), new MolGraphEncoder().encode(mols.get(1))));
        assertArrayEquals(p.mean()[0], s.mean()[0], 1e-6f);
        assertArrayEquals(p.mean()[1], s.mean()[1], 1e-6f);
        assertFalse(Float.isNaN(s.mean()[1][0]));
        assertThrows(ModelException.class, () -> pkg.scoreFeatures(List.of(new int[] {1, 2}), null));
    }
}
