package io.vscreen.models.gnn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
import io.vscreen.models.ModelException;
import io.vscreen.models.ScoreBatch;
import io.vscreen.models.pkg.Manifest;
import io.vscreen.models.pkg.ModelPackage;
import io.vscreen.models.train.SmallModels;
import io.vscreen.models.train.TrainRequest;

/** A graph-network package trained on ESOL solubility, written, verified, loaded and used to score. */
class GnnTrainingRunTest {

    @Test
    void trainsWritesLoadsAndScoresAGraphPackage(@TempDir Path dir) throws Exception {
        // every third ESOL row, to keep the run short
        Path csv = SmallModels.esolRows(dir, 3);
        Path out = dir.resolve("esol-gnn");
        TrainRequest req = SmallModels.esolRequest(csv, "esol-gnn", "ecfp4:2048", 2, out);
        DmpnnConfig cfg = new DmpnnConfig(16, 2, Readout.MEAN, 1, 16, 0.0, 3e-3, 32, 2, 2);
        List<String> log = new ArrayList<>();
        ModelPackage pkg = new GnnTrainingRun(req, cfg, log::add).run();

        Manifest m = pkg.manifest();
        assertTrue(pkg.isGraphModel());
        assertEquals("gnn", m.heads().get(0).architecture());
        assertEquals(List.of("weights/gnn-0.dmpnn", "weights/gnn-1.dmpnn"), m.heads().get(0).members());
        assertEquals(GraphModel.WEIGHT_FORMAT, m.heads().get(0).weightFormat());
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

    @Test
    void descriptorsJoinTheReadoutWithTheScalingFittedOnTheTrainingSplit(@TempDir Path dir) throws Exception {
        Path csv = SmallModels.esolRows(dir, 6);
        Path out = dir.resolve("esol-gnn-descriptors");
        TrainRequest req = SmallModels.esolRequest(csv, "esol-gnn", "ecfp4-count:2048+standard", 1, out);
        DmpnnConfig cfg = new DmpnnConfig(16, 2, Readout.MEAN, 1, 16, 0.0, 3e-3, 32, 2, 2);
        List<String> log = new ArrayList<>();
        new GnnTrainingRun(req, cfg, log::add).run();

        ModelPackage pkg = ModelPackage.load(out);
        Manifest m = pkg.manifest();
        io.vscreen.models.features.DescriptorScaling d = m.featurizer().descriptors();
        assertNotNull(d);
        assertTrue(d.fitted());
        assertEquals(16, d.count());
        // graph input, readout of 16 plus 16 descriptors, one head layer, one task
        assertEquals(List.of(io.vscreen.chem.graph.MolGraph.ATOM_DIM + io.vscreen.chem.graph.MolGraph.BOND_DIM,
                16 + 16, 16, 1), m.heads().get(0).layers());
        assertTrue(log.stream().anyMatch(l -> l.contains("joined to the graph readout")), log.toString());
        assertNotNull(m.provenance().trainer().get("moleculeFeatures"));

        MoleculeParser parser = new MoleculeParser();
        List<IAtomContainer> mols = List.of(parser.parseSmiles("CC(=O)Oc1ccccc1C(=O)O"), // aspirin
                parser.parseSmiles("CCCCCCCCCCCCCCCC")); // hexadecane
        ScoreBatch s = pkg.score(mols);
        // the package scores as its network does with the graph and the scaled descriptors
        io.vscreen.models.features.Featurizer featurizer = pkg.newFeaturizer();
        float[][] features = new float[2][];
        for (int i = 0; i < 2; i++) {
            features[i] = d.scaled(featurizer.features(mols.get(i)).descriptors());
        }
        List<io.vscreen.chem.graph.MolGraph> graphs = List.of(new MolGraphEncoder().encode(mols.get(0)),
                new MolGraphEncoder().encode(mols.get(1)));
        Dmpnn net = Dmpnn.load(out.resolve("weights"), GnnEnsemble.memberName(0));
        assertEquals(16, net.spec().moleculeFeatures());
        float[][] direct = net.predict(io.vscreen.chem.graph.GraphBatch.of(graphs), features);
        assertArrayEquals(direct[0], s.mean()[0], 1e-6f);
        assertArrayEquals(direct[1], s.mean()[1], 1e-6f);
        // features computed beforehand (as a screen computes them once for all models) score the same
        List<io.vscreen.models.features.MoleculeFeatures> computed = new ArrayList<>();
        computed.add(featurizer.features(mols.get(0)));
        computed.add(null);
        ScoreBatch pre = pkg.scoreMolecules(mols, computed, new String[] {null, "descriptor failed"});
        assertArrayEquals(s.mean()[0], pre.mean()[0], 0f);
        assertEquals("descriptor failed", pre.errors()[1]);
        assertTrue(Float.isNaN(pre.mean()[1][0]));
        // the descriptors matter: other values give other predictions
        features[0] = features[1];
        assertNotEquals(direct[0][0], net.predict(io.vscreen.chem.graph.GraphBatch.of(graphs), features)[0][0], 1e-6f);
    }
}
