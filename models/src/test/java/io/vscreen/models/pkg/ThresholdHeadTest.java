package io.vscreen.models.pkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.vscreen.models.ModelException;

/** A classification score read off a regression prediction: normal probabilities by hand. */
class ThresholdHeadTest {

    @Test
    void probabilityOfTheActiveSideIsTheNormalCdfInUnitsOfTheValidationError() {
        ThresholdHead above = new ThresholdHead("test", new Manifest.Threshold("pIC50", ">=", 7, 0.8), 0, 1);
        assertEquals(0.5, above.probability(7), 1e-12);
        // Phi(1) = 0.841344746..., Phi(-2) = 0.022750131...
        assertEquals(0.8413447460685429, above.probability(7.8), 1e-12);
        assertEquals(0.022750131948179195, above.probability(5.4), 1e-12);
        ThresholdHead below = new ThresholdHead("test", new Manifest.Threshold("logLD50", "<=", 2, 0.5), 0, 1);
        assertEquals(0.8413447460685429, below.probability(1.5), 1e-12);

        // columns: 0 = the derived task, 1 = its regression task; the spread goes through phi(z) / sigma
        float[][] mean = {{0, 7.8f}, {0, Float.NaN}};
        float[][] std = {{0, 0.4f}, {0, Float.NaN}};
        above.apply(mean, std);
        assertEquals(0.8413447, mean[0][0], 1e-6);
        double phi1 = Math.exp(-0.5) / Math.sqrt(2 * Math.PI);
        assertEquals(phi1 * 0.4 / 0.8, std[0][0], 1e-6);
        assertTrue(Float.isNaN(mean[1][0]) && Float.isNaN(std[1][0]), "a row without a prediction stays unscored");
    }

    @Test
    void aPackageWhoseThresholdReadsNoRegressionTaskIsRefused(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp)
            throws Exception {
        java.nio.file.Path bace = java.nio.file.Path.of(System.getProperty("user.dir")).resolve("zoo").resolve("bace");
        Manifest m = ModelPackage.readManifest(bace);
        java.util.Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        for (String f : m.files().keySet()) {
            files.put(f, java.nio.file.Files.readAllBytes(bace.resolve(f)));
        }
        java.util.List<Manifest.Head> heads = new java.util.ArrayList<>();
        for (Manifest.Head h : m.heads()) {
            Manifest.Threshold t = h.threshold();
            heads.add(t == null ? h : new Manifest.Head(h.name(), h.type(), h.tasks(), h.architecture(), h.layers(),
                    h.hiddenActivation(), h.outputActivation(), h.targetMean(), h.targetStd(), h.members(), h.weightFormat(),
                    new Manifest.Threshold("IC50", t.relation(), t.value(), t.sigma())));
        }
        ModelPackage.write(tmp, new Manifest(m.format(), m.name(), m.version(), m.role(), m.description(), m.tasks(),
                m.featurizer(), heads, m.ensembleSize(), m.applicabilityDomain(), m.validation(), m.provenance(), m.files()),
                files);
        String msg = assertThrows(ModelException.class, () -> ModelPackage.load(tmp)).getMessage();
        assertTrue(msg.contains("task Class is read off 'IC50', which is no regression task of the package"), msg);
    }

    @Test
    void aThresholdThatCannotBeReadIsRefused() {
        assertTrue(assertThrows(ModelException.class, () -> new ThresholdHead("pkg",
                new Manifest.Threshold("pIC50", ">", 7, 0.8), 0, 1)).getMessage().contains("relation '>' is not >= or <="));
        assertTrue(assertThrows(ModelException.class, () -> new ThresholdHead("pkg",
                new Manifest.Threshold("pIC50", ">=", 7, 0), 0, 1)).getMessage().contains("positive sigma"));
    }
}
