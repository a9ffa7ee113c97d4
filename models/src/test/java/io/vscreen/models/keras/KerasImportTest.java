package io.vscreen.models.keras;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openscience.cdk.interfaces.IAtomContainer;

import io.vscreen.chem.MoleculeParser;
import io.vscreen.models.ModelException;
import io.vscreen.models.Role;
import io.vscreen.models.ScoreBatch;
import io.vscreen.models.Task;
import io.vscreen.models.TaskType;
import io.vscreen.models.features.Featurizer;
import io.vscreen.models.features.FeaturizerSpec;
import io.vscreen.models.pkg.Manifest;
import io.vscreen.models.pkg.ModelPackage;
import io.vscreen.models.pkg.ModelRegistry;
import io.vscreen.models.pkg.Sha256;

/**
 * Imports a Keras Sequential model (1024 -> 16 relu -> 2 sigmoid) written here as Keras 2 HDF5,
 * and checks the package's predictions against the network computed by hand from the same
 * weights on real drugs' fingerprints.
 */
class KerasImportTest {
    static final List<String> DRUGS = List.of("CC(=O)Oc1ccccc1C(=O)O", // aspirin
            "CN1C=NC2=C1C(=O)N(C(=O)N2C)C", // caffeine
            "Cc1ccc(NC(=O)c2ccc(CN3CCN(C)CC3)cc2)cc1Nc1nccc(-c2cccnc2)n1", // imatinib
            "CN1C(=N)N[C@](C)(CS1(=O)=O)c1cc(NC(=O)c2ccc(F)cn2)ccc1F", // verubecestat
            "CC(C)Cc1ccc(cc1)C(C)C(=O)O"); // ibuprofen
    static final FeaturizerSpec ECFP4_1024 = FeaturizerSpec.parse("ecfp4:1024");
    static final List<Task> TASKS = List.of(new Task("NR-AR", TaskType.CLASSIFICATION, null),
            new Task("SR-p53", TaskType.CLASSIFICATION, null));

    @TempDir
    static Path tmp;
    static Path h5;
    static List<KerasH5Writer.Dense> layers;

    @BeforeAll
    static void writeKerasModel() {
        layers = KerasH5Writer.randomLayers(7, new int[] {1024, 16, 2}, new String[] {"relu", "sigmoid"});
        h5 = tmp.resolve("tox-net.h5");
        KerasH5Writer.write(h5, layers, "2.2.4", "tensorflow");
    }

    static KerasImportRequest request(FeaturizerSpec spec, List<Task> tasks, Path domain) {
        return new KerasImportRequest(h5, "tox-net", "1.0.0", Role.TOXICITY, null, tasks, spec, domain,
                "vscreen models import-keras tox-net.h5");
    }

    /** The network by hand: relu(x K1 + b1), then sigmoid(h K2 + b2), x the 0/1 fingerprint. */
    static double[] byHand(int[] onBits) {
        KerasH5Writer.Dense l1 = layers.get(0);
        KerasH5Writer.Dense l2 = layers.get(1);
        double[] h = new double[l1.units()];
        for (int j = 0; j < h.length; j++) {
            double z = l1.bias()[j];
            for (int b : onBits) {
                z += l1.kernel()[b][j];
            }
            h[j] = Math.max(0, z);
        }
        double[] y = new double[l2.units()];
        for (int t = 0; t < y.length; t++) {
            double z = l2.bias()[t];
            for (int j = 0; j < h.length; j++) {
                z += h[j] * l2.kernel()[j][t];
            }
            y[t] = 1 / (1 + Math.exp(-z));
        }
        return y;
    }

    @Test
    void importedNetworkPredictsLikeTheHandComputation() throws Exception {
        Path dir = tmp.resolve("pkg-predict");
        Manifest m = new KerasImporter(line -> { }).importModel(request(ECFP4_1024, TASKS, null), dir);
        ModelPackage p = new ModelRegistry(List.of(tmp)).load("tox-net");
        MoleculeParser parser = new MoleculeParser();
        Featurizer f = Featurizer.create(ECFP4_1024);
        List<IAtomContainer> mols = new ArrayList<>();
        for (String s : DRUGS) {
            mols.add(parser.parseSmiles(s));
        }
        ScoreBatch s = p.score(mols);
        double spread = 0;
        for (int i = 0; i < DRUGS.size(); i++) {
            double[] expected = byHand(f.onBits(parser.parseSmiles(DRUGS.get(i))));
            for (int t = 0; t < 2; t++) {
                assertEquals(expected[t], s.mean()[i][t], 1e-5, DRUGS.get(i) + " task " + t);
                assertEquals(0f, s.std()[i][t], 0f);
                spread += Math.abs(expected[t] - 0.5);
            }
            assertNull(s.errors()[i]);
            assertEquals(0f, s.adSimilarity()[i], 0f, "no domain given: nothing is in domain");
        }
        assertTrue(spread > 0.5, "the weights must move predictions away from 0.5 for the check to mean something");
        assertEquals(List.of("tox-net.NR-AR", "tox-net.SR-p53", "tox-net.NR-AR_std", "tox-net.SR-p53_std",
                "tox-net.ad_similarity"), p.outputColumns());

        Manifest.Head head = m.heads().get(0);
        assertEquals("keras-import", head.architecture());
        assertEquals(List.of(1024, 16, 2), head.layers());
        assertEquals("relu", head.hiddenActivation());
        assertEquals("sigmoid", head.outputActivation());
        assertEquals(Sha256.hex(Files.readAllBytes(h5)), m.provenance().dataSha256());
        assertEquals("2.2.4", m.provenance().trainer().get("kerasVersion"));
        assertEquals("tensorflow", m.provenance().trainer().get("kerasBackend"));
        assertEquals("deeplearning4j-modelimport 1.0.0-M2.1", m.provenance().trainer().get("importer"));
        assertEquals(Role.TOXICITY, m.role());
        assertTrue(m.files().containsKey(KerasImporter.NETWORK));
    }

    @Test
    void largeBatchesAreScoredInChunksInOrder() throws Exception {
        Path dir = tmp.resolve("pkg-chunks");
        new KerasImporter(line -> { }).importModel(request(ECFP4_1024, TASKS, null), dir);
        ModelPackage p = ModelPackage.load(dir);
        Featurizer f = p.newFeaturizer();
        MoleculeParser parser = new MoleculeParser();
        List<int[]> drugBits = new ArrayList<>();
        for (String s : DRUGS) {
            drugBits.add(f.onBits(parser.parseSmiles(s)));
        }
        int n = KerasNetworkScorer.CHUNK * 2 + 7;
        List<int[]> bits = new ArrayList<>();
        Random r = new Random(1);
        for (int i = 0; i < n; i++) {
            bits.add(i % 11 == 3 ? null : drugBits.get(r.nextInt(drugBits.size())));
        }
        ScoreBatch s = p.scoreFeatures(bits, null);
        for (int i = 0; i < n; i++) {
            if (bits.get(i) == null) {
                assertTrue(Float.isNaN(s.mean()[i][0]));
                assertFalse(s.scored(i));
            } else {
                assertEquals(byHand(bits.get(i))[1], s.mean()[i][1], 1e-5, "row " + i);
            }
        }
    }

    @Test
    void trainingCompoundsGiveTheApplicabilityDomain() throws Exception {
        Path domain = tmp.resolve("training.smi");
        Files.writeString(domain, "smiles name\n" + DRUGS.get(0) + " aspirin\n" + DRUGS.get(4) + " ibuprofen\nC1CC broken\n");
        List<String> log = new ArrayList<>();
        Path dir = tmp.resolve("pkg-domain");
        new KerasImporter(log::add).importModel(request(ECFP4_1024, TASKS, domain), dir);
        assertTrue(log.stream().anyMatch(l -> l.contains("line 4 left out")), log.toString());
        ModelPackage p = ModelPackage.load(dir);
        MoleculeParser parser = new MoleculeParser();
        ScoreBatch s = p.score(List.of(parser.parseSmiles(DRUGS.get(0)), parser.parseSmiles(DRUGS.get(2))));
        assertEquals(1f, s.adSimilarity()[0], 0f);
        assertTrue(s.adSimilarity()[1] < 0.3f, "imatinib is unlike aspirin and ibuprofen: " + s.adSimilarity()[1]);
    }

    @Test
    void refusesAFeaturizerOfAnotherWidth() {
        ModelException e = assertThrows(ModelException.class, () -> new KerasImporter(line -> { })
                .importModel(request(FeaturizerSpec.parse("ecfp4:2048"), TASKS, null), tmp.resolve("wide")));
        assertTrue(e.getMessage().contains("tox-net.h5"), e.getMessage());
        assertTrue(e.getMessage().contains("takes 1024 inputs but the featurizer ecfp4:2048 gives 2048"), e.getMessage());
        assertFalse(Files.exists(tmp.resolve("wide")));
    }

    @Test
    void refusesATaskCountOtherThanTheOutputs() {
        List<Task> three = List.of(TASKS.get(0), TASKS.get(1), new Task("SR-MMP", TaskType.CLASSIFICATION, null));
        ModelException e = assertThrows(ModelException.class, () -> new KerasImporter(line -> { })
                .importModel(request(ECFP4_1024, three, null), tmp.resolve("three")));
        assertTrue(e.getMessage().contains("the network has 2 outputs but 3 tasks were given"), e.getMessage());
    }

    @Test
    void refusesAFileThatIsNotHdf5() throws Exception {
        Path junk = tmp.resolve("junk.h5");
        byte[] bytes = new byte[4096];
        new Random(3).nextBytes(bytes);
        Files.write(junk, bytes);
        ModelException e = assertThrows(ModelException.class, () -> KerasFile.inspect(junk));
        assertTrue(e.getMessage().contains("junk.h5 is not an HDF5 file"), e.getMessage());
    }

    @Test
    void refusesAnHdf5FileWithoutAModel() throws Exception {
        Path weightsOnly = tmp.resolve("weights-only.h5");
        KerasH5Writer.writeWeightsOnly(weightsOnly, layers, "2.2.4", "tensorflow");
        ModelException e = assertThrows(ModelException.class, () -> KerasFile.inspect(weightsOnly));
        assertTrue(e.getMessage().contains("weights-only.h5 is an HDF5 file but holds no Keras model configuration"),
                e.getMessage());
    }

    @Test
    void refusesATruncatedHdf5File() throws Exception {
        // the signature is there, the rest of the file is not
        byte[] full = Files.readAllBytes(h5);
        Path truncated = tmp.resolve("truncated.h5");
        Files.write(truncated, java.util.Arrays.copyOf(full, 600));
        ModelException e = assertThrows(ModelException.class, () -> KerasFile.inspect(truncated));
        assertTrue(e.getMessage().contains("truncated.h5 is not a readable HDF5 file"), e.getMessage());
    }

    @Test
    void aModifiedNetworkFileIsRefusedOnLoad() throws Exception {
        Path dir = tmp.resolve("pkg-tamper");
        new KerasImporter(line -> { }).importModel(request(ECFP4_1024, TASKS, null), dir);
        Path net = dir.resolve(KerasImporter.NETWORK);
        byte[] b = Files.readAllBytes(net);
        b[b.length / 2] ^= 1;
        Files.write(net, b);
        ModelException e = assertThrows(ModelException.class, () -> ModelPackage.load(dir));
        assertTrue(e.getMessage().contains("corrupt or was modified"), e.getMessage());
    }
}
