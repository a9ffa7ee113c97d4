package io.vscreen.models.gnn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.vscreen.models.pkg.Manifest;
import io.vscreen.models.pkg.ModelPackage;

class ArchitectureChoiceTest {

    private static final Path ZOO = Path.of(System.getProperty("user.dir")).resolve("zoo");

    /** The manifest with every validation figure named {@code metric} shifted by {@code delta}. */
    private static Manifest shifted(Manifest m, String metric, double delta) {
        List<Manifest.MetricSet> valid = new ArrayList<>();
        for (Manifest.MetricSet s : m.validation().sets().get("valid")) {
            Map<String, Double> v = new LinkedHashMap<>(s.values());
            v.computeIfPresent(metric, (k, x) -> x + delta);
            valid.add(new Manifest.MetricSet(s.task(), s.n(), s.positives(), v));
        }
        Map<String, List<Manifest.MetricSet>> sets = new LinkedHashMap<>(m.validation().sets());
        sets.put("valid", valid);
        Manifest.Validation v = m.validation();
        return new Manifest(m.format(), m.name(), m.version(), m.role(), m.description(), m.tasks(), m.featurizer(),
                m.heads(), m.ensembleSize(), m.applicabilityDomain(),
                new Manifest.Validation(v.split(), v.seed(), v.trainRows(), v.validRows(), v.testRows(), sets, v.command(),
                        v.folds()),
                m.provenance(), m.files());
    }

    /** The manifest as if its validation figures came from {@code folds} folds ({@code null}: one validation set). */
    private static Manifest withFolds(Manifest m, Integer folds) {
        Manifest.Validation v = m.validation();
        return new Manifest(m.format(), m.name(), m.version(), m.role(), m.description(), m.tasks(), m.featurizer(),
                m.heads(), m.ensembleSize(), m.applicabilityDomain(),
                new Manifest.Validation(v.split(), v.seed(), v.trainRows(), v.validRows(), v.testRows(), v.sets(),
                        v.command(), folds),
                m.provenance(), m.files());
    }

    @Test
    void graphNetworkMustBeatTheMlpOnEveryKindOfTask() {
        Manifest bace = ModelPackage.readManifest(ZOO.resolve("bace"));
        assertFalse(ArchitectureChoice.compare(bace, bace).graphWins(), "a tie keeps the MLP");

        Manifest betterAuc = shifted(bace, "roc_auc", 0.02);
        ArchitectureChoice.Outcome aucOnly = ArchitectureChoice.compare(betterAuc, bace);
        assertFalse(aucOnly.graphWins(), "pIC50 RMSE no better: " + aucOnly);
        assertEquals(0.02, aucOnly.figures().get(0).difference(), 1e-12);

        Manifest better = shifted(betterAuc, "rmse", -0.05);
        ArchitectureChoice.Outcome both = ArchitectureChoice.compare(better, bace);
        assertTrue(both.graphWins(), both.toString());
        assertFalse(ArchitectureChoice.compare(bace, better).graphWins());
    }

    @Test
    void outOfFoldFiguresAreNotComparedWithOneValidationSet() {
        Manifest bace = ModelPackage.readManifest(ZOO.resolve("bace"));
        Manifest single = withFolds(bace, null);
        Manifest folded = withFolds(bace, 5);
        String msg = assertThrows(IllegalArgumentException.class, () -> ArchitectureChoice.compare(single, folded))
                .getMessage();
        assertTrue(msg.contains("(one validation set of ") && msg.contains("(out-of-fold over 5 folds) are not comparable"),
                msg);
        assertFalse(ArchitectureChoice.compare(folded, folded).graphWins(), "alike designs compare");
    }

    @Test
    void packagesForDifferentTasksCannotBeCompared() {
        assertThrows(IllegalArgumentException.class, () -> ArchitectureChoice.compare(
                ModelPackage.readManifest(ZOO.resolve("bace")), ModelPackage.readManifest(ZOO.resolve("clintox"))));
    }

    @Test
    void noteIsWrittenIntoAShippedPackageWhichStillLoads(@TempDir Path tmp) throws Exception {
        Path copy = tmp.resolve("clintox");
        try (Stream<Path> files = Files.walk(ZOO.resolve("clintox"))) {
            for (Path p : files.toList()) {
                Path to = copy.resolve(ZOO.resolve("clintox").relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        Manifest mlp = ModelPackage.readManifest(copy);
        ArchitectureChoice.Outcome o = ArchitectureChoice.compare(shifted(mlp, "roc_auc", 0.03), mlp);
        ArchitectureChoice.writeNote(copy, o.note("clintox-gnn", "clintox"));
        Manifest noted = ModelPackage.load(copy).manifest();
        @SuppressWarnings("unchecked")
        Map<String, Object> note = (Map<String, Object>) noted.provenance().trainer().get(ArchitectureChoice.NOTE_KEY);
        assertEquals("gnn", note.get("chosen"));
        assertEquals(List.of("clintox", "clintox-gnn"), note.get("shipped"));
        assertEquals(mlp.files(), noted.files());
        assertEquals(mlp.validation().sets().get("valid").get(0).values(), noted.validation().sets().get("valid").get(0).values());

        // when the graph network loses, the MLP package kept says so, with the margin
        ArchitectureChoice.Outcome lost = ArchitectureChoice.compare(shifted(mlp, "roc_auc", -0.04), mlp);
        ArchitectureChoice.writeNote(copy, lost.note("clintox-gnn", "clintox"));
        @SuppressWarnings("unchecked")
        Map<String, Object> kept = (Map<String, Object>) ModelPackage.load(copy).manifest().provenance().trainer()
                .get(ArchitectureChoice.NOTE_KEY);
        assertEquals("mlp", kept.get("chosen"));
        assertEquals("gnn", kept.get("over"));
        assertEquals(List.of("clintox"), kept.get("shipped"));
        @SuppressWarnings("unchecked")
        Map<String, Object> auc = (Map<String, Object>) kept.get("valid_mean_roc_auc");
        assertEquals(-0.04, (Double) auc.get("difference"), 1e-9);
    }
}
