package io.vscreen.models.pkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vscreen.chem.MoleculeParser;
import io.vscreen.chem.fingerprints.FingerprintSpec;
import io.vscreen.models.ScoreBatch;
import io.vscreen.models.TaskType;
import io.vscreen.models.features.DescriptorSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openscience.cdk.interfaces.IAtomContainer;

/** Every bundled package loads with this build's fingerprints and scores named drugs. */
class ZooPackagesTest {

    private static final List<String> DRUGS = List.of(
            "CC(=O)Oc1ccccc1C(=O)O",                         // aspirin
            "CN1C=NC2=C1C(=O)N(C(=O)N2C)C",                  // caffeine
            "CC(C)Cc1ccc(cc1)C(C)C(=O)O",                    // ibuprofen
            "CC(=O)Nc1ccc(O)cc1");                           // paracetamol

    @Test
    void everyBundledPackageLoadsAndScores() throws Exception {
        Path zoo = Path.of(System.getProperty("user.dir")).resolve("zoo");
        List<Path> packages;
        try (Stream<Path> s = Files.list(zoo)) {
            packages = s.filter(p -> Files.isRegularFile(p.resolve("model.json"))).sorted().toList();
        }
        assertEquals(List.of("bace", "clintox", "hiv", "tox21", "tox21-gnn"),
                packages.stream().map(p -> p.getFileName().toString()).toList());
        MoleculeParser parser = new MoleculeParser();
        List<IAtomContainer> drugs = new ArrayList<>();
        for (String s : DRUGS) {
            drugs.add(parser.parseSmiles(s));
        }
        for (Path p : packages) {
            ModelPackage pkg = ModelPackage.load(p);
            String label = pkg.manifest().featurizer().fingerprintLabel();
            assertEquals(FingerprintSpec.parse(label).version(), pkg.manifest().featurizer().version(), p.toString());
            if (pkg.manifest().featurizer().descriptors() != null) {
                assertEquals(DescriptorSet.named(pkg.manifest().featurizer().descriptors().set()).version(),
                        pkg.manifest().featurizer().descriptors().version(), p.toString());
            }
            ScoreBatch b = pkg.score(drugs);
            for (int i = 0; i < drugs.size(); i++) {
                assertNull(b.errors()[i], p + " " + DRUGS.get(i));
                for (int t = 0; t < pkg.tasks().size(); t++) {
                    float v = b.mean()[i][t];
                    assertTrue(Float.isFinite(v) && b.std()[i][t] >= 0, p + " " + DRUGS.get(i));
                    if (pkg.tasks().get(t).type() == TaskType.CLASSIFICATION) {
                        assertTrue(v >= 0 && v <= 1, p + " task " + t + ": " + v);
                    }
                }
                assertTrue(b.adSimilarity()[i] >= 0 && b.adSimilarity()[i] <= 1, p.toString());
            }
        }
    }

    @Test
    void graphVariantsShipBesideTheirMlpWithTheComparisonInBothManifests() throws Exception {
        Path zoo = Path.of(System.getProperty("user.dir")).resolve("zoo");
        for (String name : List.of("tox21")) {
            ModelPackage mlp = ModelPackage.load(zoo.resolve(name));
            ModelPackage gnn = ModelPackage.load(zoo.resolve(name + "-gnn"));
            assertFalse(mlp.isGraphModel(), name);
            assertTrue(gnn.isGraphModel(), name + "-gnn");
            assertEquals(mlp.tasks(), gnn.tasks());
            // trained on the same file, split and seed
            assertEquals(mlp.manifest().provenance().dataSha256(), gnn.manifest().provenance().dataSha256());
            assertEquals(mlp.manifest().validation().split(), gnn.manifest().validation().split());
            assertEquals(mlp.manifest().validation().seed(), gnn.manifest().validation().seed());
            assertEquals(mlp.manifest().validation().validRows(), gnn.manifest().validation().validRows());
            assertEquals(mlp.manifest().validation().trainRows(), gnn.manifest().validation().trainRows());
            Object note = mlp.manifest().provenance().trainer().get("architectureChoice");
            assertEquals(note, gnn.manifest().provenance().trainer().get("architectureChoice"), name);
            assertEquals("gnn", ((java.util.Map<?, ?>) note).get("chosen"), name);
            assertEquals(List.of(name, name + "-gnn"), ((java.util.Map<?, ?>) note).get("shipped"), name);
        }
    }

    @Test
    void hivIsTheConsensusOfItsFingerprintAndGraphNetworks() throws Exception {
        Path zoo = Path.of(System.getProperty("user.dir")).resolve("zoo");
        ModelPackage hiv = ModelPackage.load(zoo.resolve("hiv"));
        assertEquals(2, hiv.parts().size());
        assertFalse(hiv.parts().get(0).isGraphModel());
        assertTrue(hiv.parts().get(1).isGraphModel());
        assertEquals(hiv.parts().get(0).manifest().ensembleSize() + hiv.parts().get(1).manifest().ensembleSize(),
                hiv.manifest().ensembleSize());
        @SuppressWarnings("unchecked")
        List<java.util.Map<String, Object>> members = (List<java.util.Map<String, Object>>) hiv.manifest().provenance()
                .trainer().get("members");
        assertEquals(List.of("hiv-mlp", "hiv-gnn"), members.stream().map(m -> m.get("name")).toList());
        // shipped because, on the same validation compounds, it ranks better than either member
        double consensus = hiv.manifest().validation().sets().get("valid").get(0).values().get("roc_auc");
        for (java.util.Map<String, Object> m : members) {
            java.util.Map<?, ?> figures = (java.util.Map<?, ?>) m.get("figures");
            java.util.Map<?, ?> valid = (java.util.Map<?, ?>) ((List<?>) figures.get("valid")).get(0);
            assertEquals(hiv.manifest().validation().validRows(), ((Number) valid.get("n")).intValue());
            double member = ((Number) ((java.util.Map<?, ?>) valid.get("values")).get("roc_auc")).doubleValue();
            assertTrue(consensus > member, "consensus " + consensus + ", " + m.get("name") + " " + member);
        }
    }
}
