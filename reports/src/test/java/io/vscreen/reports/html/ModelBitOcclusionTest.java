package io.vscreen.reports.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.openscience.cdk.interfaces.IAtomContainer;

import io.vscreen.chem.MoleculeParser;
import io.vscreen.chem.standardize.Standardizer;
import io.vscreen.models.features.MoleculeFeatures;
import io.vscreen.models.pkg.ModelPackage;
import io.vscreen.models.pkg.ModelRegistry;
import io.vscreen.reports.Candidate;

/**
 * Occlusion explanations of the bundled models, which read folded ECFP4 counts plus descriptors:
 * every set position is cleared in turn, and the atom weights add up to the sum of the score
 * drops, recomputed here position by position.
 */
class ModelBitOcclusionTest {

    /** Verubecestat, a BACE-1 inhibitor that reached phase 3. */
    private static final String VERUBECESTAT = "CN1C(=N)N[C@@](C)(c2cc(NC(=O)c3ccc(F)cn3)ccc2F)CS1(=O)=O";

    @Test
    void countAndDescriptorModelsAreExplainedAtomByAtom() throws Exception {
        ModelPackage bace = ModelRegistry.standard(List.of()).load("bace");
        assertTrue(bace.manifest().featurizer().label().contains("count"), "bundled bace reads counts: "
                + bace.manifest().featurizer().label());
        IAtomContainer mol = new Standardizer().standardize(new MoleculeParser().parseSmiles(VERUBECESTAT)).molecule();
        Optional<AtomAttribution> explanation = ModelBitOcclusion.of(bace, "Class");
        assertTrue(explanation.isPresent());
        double[] weights = explanation.get().atomWeights(Candidate.builder(1, "verubecestat").smiles(VERUBECESTAT).build(),
                mol);
        assertNotNull(weights);
        assertEquals(mol.getAtomCount(), weights.length);

        MoleculeFeatures f = bace.newFeaturizer().features(mol);
        List<MoleculeFeatures> variants = new ArrayList<>();
        variants.add(f);
        for (int i = 0; i < f.onBits().length; i++) {
            int[] bits = f.onBits().clone();
            float[] counts = f.counts().clone();
            counts[i] = 0;
            // a zero count and a missing position are the same input
            variants.add(new MoleculeFeatures(bits, counts, f.descriptors()));
        }
        float[][] mean = bace.scoreInputs(variants, null).mean();
        double expected = 0;
        for (int i = 1; i < mean.length; i++) {
            expected += mean[0][0] - mean[i][0];
        }
        assertEquals(expected, Arrays.stream(weights).sum(), 1e-4);
        assertTrue(Arrays.stream(weights).anyMatch(w -> Math.abs(w) > 1e-4), "some atom carries weight");
    }
}
