package io.vscreen.models.spi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.vscreen.chem.MoleculeParser;
import io.vscreen.models.ScoreBatch;
import io.vscreen.models.features.Featurizer;
import io.vscreen.models.pkg.Manifest;
import io.vscreen.models.pkg.ModelPackage;

/**
 * What every {@link ScorerProvider} must do; each provider's test extends this with a package of
 * its architecture.
 */
public abstract class ScorerProviderContract {
    /** Drugs scored in the contract checks. */
    protected static final List<String> DRUGS = List.of("CC(=O)Oc1ccccc1C(=O)O", "CN1C=NC2=C1C(=O)N(C(=O)N2C)C",
            "Cc1ccc(NC(=O)c2ccc(CN3CCN(C)CC3)cc2)cc1Nc1nccc(-c2cccnc2)n1", "CC(C)Cc1ccc(cc1)C(C)C(=O)O",
            "CN1C(=N)N[C@](C)(CS1(=O)=O)c1cc(NC(=O)c2ccc(F)cn2)ccc1F");

    @TempDir
    protected Path contractDir;

    /** The architecture under test. */
    protected abstract String architecture();

    /** Writes a package with one head of {@link #architecture()} into {@code dir}. */
    protected abstract void writePackage(Path dir) throws Exception;

    private Path pkg() throws Exception {
        Path dir = contractDir.resolve("contract-package");
        if (!Files.exists(dir)) {
            writePackage(dir);
        }
        return dir;
    }

    @Test
    void providerIsFoundThroughServiceLoader() {
        assertTrue(ScorerProviders.find(architecture()).isPresent(), architecture());
        assertTrue(ScorerProviders.architectures().contains(architecture()));
    }

    @Test
    void scorerWritesOnlyItsColumnsAndLeavesUnfeaturizedRowsAlone() throws Exception {
        Path dir = pkg();
        Manifest m = ModelPackage.readManifest(dir);
        Manifest.Head head = m.heads().stream().filter(h -> h.architecture().equals(architecture())).findFirst().orElseThrow();
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                files.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        FeatureScorer scorer = ScorerProviders.find(architecture()).orElseThrow()
                .open(new ScorerContext(dir, m, head, files));
        Featurizer f = Featurizer.create(m.featurizer());
        MoleculeParser parser = new MoleculeParser();
        List<int[]> bits = new ArrayList<>();
        for (String s : DRUGS) {
            bits.add(f.onBits(parser.parseSmiles(s)));
        }
        bits.add(1, null);
        int nt = head.tasks().size();
        float[][] mean = new float[bits.size()][nt + 2];
        float[][] std = new float[bits.size()][nt + 2];
        for (int i = 0; i < bits.size(); i++) {
            Arrays.fill(mean[i], -7f);
            Arrays.fill(std[i], -7f);
        }
        scorer.score(bits, mean, std, 1);
        for (int i = 0; i < bits.size(); i++) {
            assertEquals(-7f, mean[i][0], 0f);
            assertEquals(-7f, mean[i][nt + 1], 0f);
            assertEquals(-7f, std[i][0], 0f);
            assertEquals(-7f, std[i][nt + 1], 0f);
            for (int t = 1; t <= nt; t++) {
                if (bits.get(i) == null) {
                    assertEquals(-7f, mean[i][t], 0f, "unfeaturized row written");
                } else {
                    assertTrue(Float.isFinite(mean[i][t]) && mean[i][t] != -7f, "row " + i + ": " + mean[i][t]);
                    assertTrue(std[i][t] >= 0, "row " + i + " std " + std[i][t]);
                }
            }
        }
    }

    @Test
    void concurrentScoringGivesTheSequentialScores() throws Exception {
        ModelPackage p = ModelPackage.load(pkg());
        ScoreBatch expected = score(p);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<ScoreBatch>> runs = new ArrayList<>();
            for (int r = 0; r < 8; r++) {
                runs.add(pool.submit(() -> score(p)));
            }
            for (Future<ScoreBatch> run : runs) {
                ScoreBatch s = run.get();
                for (int i = 0; i < expected.size(); i++) {
                    assertArrayEquals(expected.mean()[i], s.mean()[i], 0f);
                    assertArrayEquals(expected.std()[i], s.std()[i], 0f);
                }
            }
        } finally {
            pool.shutdown();
        }
    }

    private static ScoreBatch score(ModelPackage p) throws Exception {
        MoleculeParser parser = new MoleculeParser(); // one parser per thread
        List<org.openscience.cdk.interfaces.IAtomContainer> mols = new ArrayList<>();
        for (String s : DRUGS) {
            mols.add(parser.parseSmiles(s));
        }
        return p.score(mols);
    }
}
