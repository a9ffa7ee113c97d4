package io.vscreen.models.pkg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openscience.cdk.interfaces.IAtomContainer;

import io.vscreen.chem.MoleculeParser;
import io.vscreen.models.ModelException;
import io.vscreen.models.ScoreBatch;

/** Loading verifies packages: corrupt, truncated, incomplete or incompatible ones are refused clearly. */
class ModelPackageTest {
    @TempDir
    Path tmp;
    Path pkg;

    @BeforeEach
    void writePackage() throws Exception {
        pkg = tmp.resolve("demo");
        TestPackages.write(pkg, "demo");
    }

    @Test
    void loadsAndScoresWithEnsembleMeanAndStd() throws Exception {
        ModelPackage p = ModelPackage.load(pkg);
        MoleculeParser parser = new MoleculeParser();
        List<IAtomContainer> mols = new ArrayList<>();
        mols.add(parser.parseSmiles("CC(=O)Oc1ccccc1C(=O)O")); // aspirin: a training compound
        mols.add(parser.parseSmiles("CN1C=NC2=C1C(=O)N(C(=O)N2C)C")); // caffeine
        ScoreBatch s = p.score(mols);
        assertEquals(1.0f, s.adSimilarity()[0], 0f);
        assertTrue(s.adSimilarity()[1] < 0.3f, "caffeine is unlike the training set: " + s.adSimilarity()[1]);
        // mean and population std of the two members, computed here independently
        int[] bits = p.newFeaturizer().onBits(mols.get(1));
        float a = TestPackages.mlp(0).predict(bits)[0];
        float b = TestPackages.mlp(1).predict(bits)[0];
        assertEquals((a + b) / 2, s.mean()[1][0], 1e-6f);
        assertEquals(Math.abs(a - b) / 2, s.std()[1][0], 1e-6f);
    }

    @Test
    void refusesAWeightFileWithAFlippedByte() throws Exception {
        Path w = pkg.resolve("weights/classification-1.bf16");
        byte[] bytes = Files.readAllBytes(w);
        bytes[100] ^= 0x10;
        Files.write(w, bytes);
        ModelException e = assertThrows(ModelException.class, () -> ModelPackage.load(pkg));
        assertTrue(e.getMessage().contains("weights/classification-1.bf16") && e.getMessage().contains("corrupt"),
                e.getMessage());
    }

    @Test
    void refusesATruncatedWeightFileEvenWithAMatchingHash() throws Exception {
        Path w = pkg.resolve("weights/classification-0.bf16");
        byte[] bytes = Files.readAllBytes(w);
        byte[] cut = java.util.Arrays.copyOf(bytes, bytes.length - 10);
        Files.write(w, cut);
        rewriteManifest(json -> json.replace(Sha256.hex(bytes), Sha256.hex(cut)));
        ModelException e = assertThrows(ModelException.class, () -> ModelPackage.load(pkg));
        assertTrue(e.getMessage().contains("classification-0.bf16") && e.getMessage().contains("truncated"), e.getMessage());
    }

    @Test
    void refusesAMissingFile() throws Exception {
        Files.delete(pkg.resolve("domain/training-fingerprints.bin.gz"));
        ModelException e = assertThrows(ModelException.class, () -> ModelPackage.load(pkg));
        assertTrue(e.getMessage().contains("training-fingerprints.bin.gz is missing"), e.getMessage());
    }

    @Test
    void refusesAnotherFeaturizerVersion() throws Exception {
        String version = ModelPackage.readManifest(pkg).featurizer().version();
        rewriteManifest(json -> json.replace(version, "cdk-1.5.0/circular-r0"));
        ModelException e = assertThrows(ModelException.class, () -> ModelPackage.load(pkg));
        assertTrue(e.getMessage().contains("cdk-1.5.0/circular-r0") && e.getMessage().contains("retrained"), e.getMessage());
    }

    @Test
    void refusesAnUnknownFeaturizerKind() throws Exception {
        rewriteManifest(json -> json.replace("\"ecfp4\"", "\"morgan-rdkit\""));
        ModelException e = assertThrows(ModelException.class, () -> ModelPackage.load(pkg));
        assertTrue(e.getMessage().contains("unknown featurizer kind 'morgan-rdkit'"), e.getMessage());
    }

    @Test
    void refusesAMissingOrBrokenManifest() throws Exception {
        Files.writeString(pkg.resolve("model.json"), "{\"format\": 1, \"name\": ");
        ModelException broken = assertThrows(ModelException.class, () -> ModelPackage.load(pkg));
        assertTrue(broken.getMessage().contains("model.json is not a valid manifest"), broken.getMessage());
        Files.delete(pkg.resolve("model.json"));
        ModelException missing = assertThrows(ModelException.class, () -> ModelPackage.load(pkg));
        assertTrue(missing.getMessage().contains("has no model.json"), missing.getMessage());
    }

    @Test
    void loadsAZipOfThePackageDirectory() throws Exception {
        Path zip = tmp.resolve("demo.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out);
             Stream<Path> files = Files.walk(pkg)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                z.putNextEntry(new ZipEntry("demo/" + pkg.relativize(f).toString().replace('\\', '/')));
                z.write(Files.readAllBytes(f));
                z.closeEntry();
            }
        }
        ModelPackage fromZip = ModelPackage.load(zip);
        ModelPackage fromDir = ModelPackage.load(pkg);
        int[] bits = fromDir.newFeaturizer().onBits(new MoleculeParser().parseSmiles("c1ccccc1O"));
        assertArrayEquals(fromDir.scoreFeatures(List.of(bits), null).mean()[0],
                fromZip.scoreFeatures(List.of(bits), null).mean()[0], 0f);
        Files.write(zip, new byte[] {1, 2, 3});
        ModelException e = assertThrows(ModelException.class, () -> ModelPackage.load(zip));
        assertTrue(e.getMessage().contains("demo.zip") && e.getMessage().contains("zip"), e.getMessage());
    }

    @Test
    void aMoleculeThatCannotBeFeaturizedKeepsItsSlot() throws Exception {
        ModelPackage p = ModelPackage.load(pkg);
        List<IAtomContainer> mols = new ArrayList<>();
        mols.add(null);
        mols.add(new MoleculeParser().parseSmiles("CCO"));
        ScoreBatch s = p.score(mols);
        assertEquals(2, s.size());
        assertTrue(!s.scored(0) && Float.isNaN(s.mean()[0][0]));
        assertTrue(s.scored(1) && s.mean()[1][0] > 0 && s.mean()[1][0] < 1);
    }

    private void rewriteManifest(java.util.function.UnaryOperator<String> edit) throws Exception {
        Path m = pkg.resolve("model.json");
        String before = Files.readString(m);
        String after = edit.apply(before);
        assertTrue(!before.equals(after), "the edit changed nothing");
        Files.writeString(m, after);
    }
}
