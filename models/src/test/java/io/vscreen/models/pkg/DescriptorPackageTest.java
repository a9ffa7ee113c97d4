package io.vscreen.models.pkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openscience.cdk.interfaces.IAtomContainer;

import io.vscreen.chem.descriptors.DescriptorCalculator;
import io.vscreen.chem.fingerprints.FingerprintSpec;
import io.vscreen.models.ModelException;
import io.vscreen.models.ScoreBatch;
import io.vscreen.models.features.DescriptorScaling;
import io.vscreen.models.features.FeaturizerSpec;
import io.vscreen.models.train.SmallModels;
import io.vscreen.models.nn.DenseWeights;

/** Packages taking folded counts and scaled descriptors: scoring, and refusal of unknown inputs. */
class DescriptorPackageTest {
    private static final List<String> DRUGS = List.of("CN1C=NC2=C1C(=O)N(C(=O)N2C)C", // caffeine
            "CN(C)CCOC(c1ccccc1)c1ccccc1.Cl",                                          // diphenhydramine HCl
            "CC(=O)Oc1ccccc1C(=O)O");                                                  // aspirin

    @TempDir
    Path dir;

    private List<IAtomContainer> standardizedDrugs() throws Exception {
        return SmallModels.standardized(DRUGS);
    }

    @Test
    void scoresAreTheNetworkOnTheDenseLog1pCountsAndScaledDescriptors() throws Exception {
        ModelPackage pkg = ModelPackage.load(DescriptorPackages.write(dir));
        FeaturizerSpec spec = pkg.manifest().featurizer();
        assertEquals(DescriptorPackages.SPEC, spec.label());
        assertEquals(List.of(1024 + 16, 8, 1), pkg.manifest().heads().get(0).layers());
        List<IAtomContainer> mols = standardizedDrugs();
        ScoreBatch b = pkg.score(mols);
        var fingerprinter = FingerprintSpec.parse("ecfp4-count:1024").newFingerprinter();
        DescriptorCalculator calc = new DescriptorCalculator();
        DescriptorScaling d = spec.descriptors();
        for (int i = 0; i < mols.size(); i++) {
            assertNull(b.errors()[i], DRUGS.get(i));
            // the dense input built by hand: chem's log1p counts, then (x - median) / scale clipped at 5
            float[] x = new float[1024 + 16];
            fingerprinter.featurize(mols.get(i), x, 0);
            double[] raw = calc.calculate(mols.get(i)).toVector();
            for (int j = 0; j < 16; j++) {
                x[1024 + j] = (float) Math.max(-5, Math.min(5, (raw[j] - d.center()[j]) / d.scale()[j]));
            }
            double sum = 0;
            double sumSq = 0;
            for (int m = 0; m < 2; m++) {
                double p = denseForward(DescriptorPackages.mlp(1024 + 16, m).layers(), x);
                sum += p;
                sumSq += p * p;
            }
            assertEquals(sum / 2, b.mean()[i][0], 1e-5, DRUGS.get(i));
            assertEquals(Math.sqrt(Math.max(0, sumSq / 2 - (sum / 2) * (sum / 2))), b.std()[i][0], 1e-4, DRUGS.get(i));
        }
        assertEquals(1f, b.adSimilarity()[2], 1e-6f, "aspirin is a training compound");
    }

    private static double denseForward(List<DenseWeights> layers, float[] x) {
        double[] h = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            h[i] = x[i];
        }
        for (int li = 0; li < layers.size(); li++) {
            DenseWeights l = layers.get(li);
            double[] out = new double[l.nOut()];
            for (int j = 0; j < l.nOut(); j++) {
                double s = l.b()[j];
                for (int i = 0; i < l.nIn(); i++) {
                    s += h[i] * l.w()[i * l.nOut() + j];
                }
                out[j] = li < layers.size() - 1 ? Math.max(0, s) : 1 / (1 + Math.exp(-s));
            }
            h = out;
        }
        return h[0];
    }

    @Test
    void aPackageWithAnUnknownDescriptorVersionIsRefusedClearly() throws Exception {
        Path p = DescriptorPackages.write(dir);
        Path manifest = p.resolve("model.json");
        String version = ModelPackage.load(p).manifest().featurizer().descriptors().version();
        Files.writeString(manifest, Files.readString(manifest).replace("\"" + version + "\"", "\"standard-9/cdk-3.0\""));
        ModelException e = assertThrows(ModelException.class, () -> ModelPackage.load(p));
        assertTrue(e.getMessage().contains("synthetic-counts") && e.getMessage().contains("standard-9/cdk-3.0")
                && e.getMessage().contains("retrained"), e.getMessage());
    }

    @Test
    void aPackageWithAnUnknownDescriptorSetIsRefusedClearly() throws Exception {
        Path p = DescriptorPackages.write(dir);
        Path manifest = p.resolve("model.json");
        Files.writeString(manifest, Files.readString(manifest).replace("\"set\" : \"standard\"", "\"set\" : \"mordred\""));
        ModelException e = assertThrows(ModelException.class, () -> ModelPackage.load(p));
        assertTrue(e.getMessage().contains("unknown descriptor set 'mordred'"), e.getMessage());
    }

    @Test
    void descriptorsWithoutAFittedScalingAreRefused() throws Exception {
        Path p = DescriptorPackages.write(dir);
        Path manifest = p.resolve("model.json");
        String json = Files.readString(manifest).replaceAll("(?s),\\s*\"center\" : \\[[^]]*\\],\\s*\"scale\" : \\[[^]]*\\]", "");
        assertTrue(!json.contains("\"center\""), json);
        Files.writeString(manifest, json);
        ModelException e = assertThrows(ModelException.class, () -> ModelPackage.load(p));
        assertTrue(e.getMessage().contains("scaling fitted on training data"), e.getMessage());
    }
}
