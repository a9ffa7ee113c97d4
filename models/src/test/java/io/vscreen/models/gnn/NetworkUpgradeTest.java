package io.vscreen.models.gnn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openscience.cdk.interfaces.IAtomContainer;

import io.vscreen.models.ScoreBatch;
import io.vscreen.models.pkg.Manifest;
import io.vscreen.models.pkg.ModelPackage;
import io.vscreen.models.train.SmallModels;
import io.vscreen.models.train.TrainRequest;

/**
 * Graph networks of format 3 (whole SameDiff graphs, constants included) rewritten in format 4
 * (the variables only): the same scores, the same files as the network trained in format 4, half
 * the bytes.
 */
class NetworkUpgradeTest {

    @Test
    void aFormat3PackageBecomesTheFormat4PackageItsNetworksWouldHaveBeen(@TempDir Path dir) throws Exception {
        Path csv = SmallModels.esolRows(dir, 6);
        Path current = dir.resolve("esol-gnn");
        TrainRequest req = SmallModels.esolRequest(csv, "esol-gnn", "ecfp4-count:2048+standard", 2, current);
        ModelPackage trained = new GnnTrainingRun(req, new DmpnnConfig(32, 2, Readout.MEAN, 1, 32, 0.0, 3e-3, 32, 2, 2),
                line -> { }).run();
        Path legacy = legacyCopy(current, dir.resolve("esol-gnn-3"));
        ModelPackage old = ModelPackage.load(legacy);
        assertEquals(GraphModel.GRAPH_WEIGHT_FORMAT, old.manifest().heads().get(0).weightFormat());
        long sd = Files.size(legacy.resolve("weights/gnn-0.sd"));
        long variables = Files.size(current.resolve("weights/gnn-0.dmpnn"));
        assertTrue(sd > variables + 4L * 64 * 64, "the graph file holds the reverse-pair constant: " + sd + " vs " + variables);

        List<IAtomContainer> drugs = SmallModels.standardized(NetworkUpgrade.CHECK);
        ScoreBatch before = old.score(drugs);
        assertEquals(2, NetworkUpgrade.upgrade(legacy));

        ModelPackage upgraded = ModelPackage.load(legacy);
        Manifest.Head head = upgraded.manifest().heads().get(0);
        assertEquals(List.of("weights/gnn-0.dmpnn", "weights/gnn-1.dmpnn"), head.members());
        assertEquals(GraphModel.WEIGHT_FORMAT, head.weightFormat());
        assertFalse(Files.exists(legacy.resolve("weights/gnn-0.sd")), "the old graph file is gone");
        for (String f : List.of("weights/gnn-0.dmpnn", "weights/gnn-1.dmpnn", "weights/gnn-0.json")) {
            assertArrayEquals(Files.readAllBytes(current.resolve(f)), Files.readAllBytes(legacy.resolve(f)), f);
        }
        ScoreBatch after = upgraded.score(drugs);
        ScoreBatch fresh = trained.score(drugs);
        for (int i = 0; i < drugs.size(); i++) {
            assertArrayEquals(before.mean()[i], after.mean()[i], 0f);
            assertArrayEquals(before.std()[i], after.std()[i], 0f);
            assertArrayEquals(fresh.mean()[i], after.mean()[i], 0f);
        }
        assertEquals(0, NetworkUpgrade.upgrade(legacy), "a current package is left as it is");
    }

    /** A copy of a format-4 graph package with its networks written as format-3 SameDiff graphs. */
    private static Path legacyCopy(Path pkg, Path to) throws Exception {
        Manifest m = ModelPackage.readManifest(pkg);
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String f : m.files().keySet()) {
            if (!f.endsWith(Dmpnn.NETWORK_FILE) && !f.endsWith(".json")) {
                files.put(f, Files.readAllBytes(pkg.resolve(f)));
            }
        }
        List<String> members = new java.util.ArrayList<>();
        for (String f : m.heads().get(0).members()) {
            Dmpnn net = Dmpnn.fromBytes(Files.readAllBytes(pkg.resolve(f)), Files.readAllBytes(pkg.resolve(GraphModel.specFile(f))),
                    f).withFormat(3);
            String sd = f.replace(Dmpnn.NETWORK_FILE, Dmpnn.GRAPH_FILE);
            files.put(sd, net.networkBytes());
            files.put(GraphModel.specFile(f), net.specBytes());
            members.add(sd);
        }
        Manifest.Head h = m.heads().get(0);
        Manifest legacy = new Manifest(m.format(), m.name(), m.version(), m.role(), m.description(), m.tasks(), m.featurizer(),
                List.of(new Manifest.Head(h.name(), h.type(), h.tasks(), h.architecture(), h.layers(), h.hiddenActivation(),
                        h.outputActivation(), h.targetMean(), h.targetStd(), members, GraphModel.GRAPH_WEIGHT_FORMAT)),
                m.ensembleSize(), m.applicabilityDomain(), m.validation(), m.provenance(), Map.of());
        ModelPackage.write(to, legacy, files);
        return to;
    }
}
