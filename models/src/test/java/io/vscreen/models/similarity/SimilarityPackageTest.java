package io.vscreen.models.similarity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openscience.cdk.interfaces.IAtomContainer;

import io.vscreen.chem.MoleculeParser;
import io.vscreen.models.ModelException;
import io.vscreen.models.Role;
import io.vscreen.models.ScoreBatch;
import io.vscreen.models.TaskType;
import io.vscreen.models.features.Featurizer;
import io.vscreen.models.features.FeaturizerSpec;
import io.vscreen.models.pkg.ModelPackage;
import io.vscreen.models.pkg.ModelRegistry;
import io.vscreen.models.spi.ScorerProviders;

/** A similarity package built from clinical BACE1 inhibitors, loaded through the scorer SPI. */
class SimilarityPackageTest {
    static final String VERUBECESTAT = "CN1C(=N)N[C@](C)(CS1(=O)=O)c1cc(NC(=O)c2ccc(F)cn2)ccc1F";
    static final String LY2886721 = "NC1=N[C@@]2(c3cc(NC(=O)c4ccc(F)cn4)ccc3F)COC[C@H]2CS1";
    static final String ATABECESTAT = "C[C@]1(c2cc(NC(=O)c3ccc(cn3)C#N)ccc2F)C=CSC(N)=N1";
    /** Verubecestat with a 5-chloro- instead of a 5-fluoropyridine amide. */
    static final String CHLORO_ANALOGUE = "CN1C(=N)N[C@](C)(CS1(=O)=O)c1cc(NC(=O)c2ccc(Cl)cn2)ccc1F";
    static final String CAFFEINE = "CN1C=NC2=C1C(=O)N(C(=O)N2C)C";
    static final String IBUPROFEN = "CC(C)Cc1ccc(cc1)C(C)C(=O)O";

    @TempDir
    Path tmp;

    static Path activesFile(Path dir) throws Exception {
        Path f = dir.resolve("bace-inhibitors.smi");
        try (var in = SimilarityPackageTest.class.getResourceAsStream("bace-inhibitors.smi")) {
            Files.write(f, in.readAllBytes());
        }
        return f;
    }

    /** Writes a BACE similarity package (the three inhibitors; top-k as given) and returns its directory. */
    static Path writePackage(Path dir, String name, int topK) throws Exception {
        Path pkg = dir.resolve(name);
        SimilarityPackageWriter.write(activesFile(dir), pkg, new SimilarityPackageWriter.Request(name, "1.0.0",
                Role.EFFICACY, "bace_similarity", FeaturizerSpec.parse("ecfp4:2048"), topK, null, "test"));
        return pkg;
    }

    @Test
    void providerIsFoundThroughServiceLoader() {
        assertInstanceOf(SimilarityProvider.class, ScorerProviders.find("similarity").orElseThrow());
        assertTrue(ScorerProviders.find("no-such-kind").isEmpty());
    }

    @Test
    void writerKeepsTheParsableActivesAndNamesTheRejectedLine() throws Exception {
        SimilarityPackageWriter.Result r = SimilarityPackageWriter.write(activesFile(tmp), tmp.resolve("bace"),
                new SimilarityPackageWriter.Request("bace", null, Role.EFFICACY, "bace_similarity",
                        FeaturizerSpec.parse("ecfp4:2048"), 1, null, "test"));
        assertEquals(3, r.actives());
        assertEquals(1, r.rejected().size());
        assertTrue(r.rejected().get(0).startsWith("bace-inhibitors.smi line 5 (not-a-ring)"), r.rejected().get(0));
        assertEquals(TaskType.REGRESSION, r.manifest().tasks().get(0).type());
        assertEquals("tanimoto", r.manifest().tasks().get(0).units());
    }

    @Test
    void analogueOfAnInhibitorScoresFarAboveUnrelatedDrugs() throws Exception {
        ModelPackage p = new ModelRegistry(List.of(tmp)).load(writePackage(tmp, "bace-sim", 1).toString());
        MoleculeParser parser = new MoleculeParser();
        List<IAtomContainer> mols = new ArrayList<>();
        for (String s : List.of(CHLORO_ANALOGUE, CAFFEINE, IBUPROFEN, VERUBECESTAT)) {
            mols.add(parser.parseSmiles(s));
        }
        mols.add(null); // a record that did not parse keeps its slot
        ScoreBatch s = p.score(mols);
        assertEquals(List.of("bace-sim.bace_similarity", "bace-sim.bace_similarity_std", "bace-sim.ad_similarity"),
                p.outputColumns());
        assertTrue(s.mean()[0][0] > 0.6f, "chloro analogue of verubecestat: " + s.mean()[0][0]);
        assertTrue(s.mean()[1][0] < 0.25f, "caffeine: " + s.mean()[1][0]);
        assertTrue(s.mean()[2][0] < 0.25f, "ibuprofen: " + s.mean()[2][0]);
        assertEquals(1.0f, s.mean()[3][0], 0f, "an active itself");
        assertEquals(0f, s.std()[0][0], 0f, "top-1 has no spread");
        // with k = 1 the score is the nearest-active similarity, i.e. the applicability-domain similarity
        for (int i = 0; i < 4; i++) {
            assertEquals(s.adSimilarity()[i], s.mean()[i][0], 1e-6f);
            assertNull(s.errors()[i]);
        }
        assertTrue(Float.isNaN(s.mean()[4][0]));
        assertEquals("no structure", s.errors()[4]);
    }

    @Test
    void topKScoreIsTheMeanAndSpreadOfTheNearestActivesBySetTanimoto() throws Exception {
        ModelPackage p = ModelPackage.load(writePackage(tmp, "bace-top2", 2));
        MoleculeParser parser = new MoleculeParser();
        Featurizer f = Featurizer.create(FeaturizerSpec.parse("ecfp4:2048"));
        int[] q = f.onBits(parser.parseSmiles(CHLORO_ANALOGUE));
        double[] sims = new double[3];
        int k = 0;
        for (String a : List.of(VERUBECESTAT, LY2886721, ATABECESTAT)) {
            sims[k++] = setTanimoto(q, f.onBits(parser.parseSmiles(a)));
        }
        Arrays.sort(sims);
        double mean = (sims[2] + sims[1]) / 2;
        double std = Math.abs(sims[2] - sims[1]) / 2;
        ScoreBatch s = p.score(List.of(parser.parseSmiles(CHLORO_ANALOGUE)));
        assertEquals(mean, s.mean()[0][0], 1e-6);
        assertEquals(std, s.std()[0][0], 1e-6);
        assertEquals(sims[2], s.adSimilarity()[0], 1e-6);
    }

    /** Tanimoto of two on-bit sets, counted with collections (independent of the scorer's bit words). */
    private static double setTanimoto(int[] a, int[] b) {
        java.util.Set<Integer> sa = new java.util.HashSet<>();
        Arrays.stream(a).forEach(sa::add);
        java.util.Set<Integer> union = new java.util.HashSet<>(sa);
        Arrays.stream(b).forEach(union::add);
        long common = Arrays.stream(b).filter(sa::contains).count();
        return (double) common / union.size();
    }

    @Test
    void refusesAModifiedActivesFile() throws Exception {
        Path pkg = writePackage(tmp, "bace-sim", 1);
        Files.writeString(pkg.resolve("actives.smi"), CAFFEINE + " caffeine\n");
        ModelException e = assertThrows(ModelException.class, () -> ModelPackage.load(pkg));
        assertTrue(e.getMessage().contains("actives.smi is corrupt or was modified"), e.getMessage());
    }

    @Test
    void unknownArchitectureIsRefusedNamingTheKnownProviders() throws Exception {
        Path pkg = writePackage(tmp, "bace-sim", 1);
        Path manifest = pkg.resolve("model.json");
        Files.writeString(manifest, Files.readString(manifest).replace("\"architecture\" : \"similarity\"",
                "\"architecture\" : \"pharmacophore\""));
        ModelException e = assertThrows(ModelException.class, () -> ModelPackage.load(pkg));
        assertTrue(e.getMessage().contains("architecture 'pharmacophore' is not supported"), e.getMessage());
        assertTrue(e.getMessage().contains("similarity"), e.getMessage());
    }
}
