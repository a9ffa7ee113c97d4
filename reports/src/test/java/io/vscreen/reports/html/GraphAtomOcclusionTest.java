package io.vscreen.reports.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openscience.cdk.interfaces.IAtomContainer;

import io.vscreen.chem.MoleculeParser;
import io.vscreen.chem.graph.HeavyAtomGraph;
import io.vscreen.chem.graph.MolGraph;
import io.vscreen.chem.graph.MolGraphEncoder;
import io.vscreen.chem.standardize.Standardizer;
import io.vscreen.models.features.MoleculeFeatures;
import io.vscreen.models.pkg.ModelPackage;
import io.vscreen.models.pkg.ModelRegistry;
import io.vscreen.reports.Candidate;

/**
 * The bundled HIV consensus's graph networks explain its score of an HIV drug atom by atom: each heavy atom's
 * weight is the drop of the ensemble mean when the atom and its bonds leave the graph.
 */
class GraphAtomOcclusionTest {

    /** Nevirapine, a non-nucleoside reverse-transcriptase inhibitor. */
    private static final String NEVIRAPINE = "Cc1ccnc2N(C3CC3)c3ncccc3C(=O)Nc12";

    @Test
    void eachHeavyAtomWeighsWhatItsRemovalCosts() throws Exception {
        ModelRegistry registry = ModelRegistry.standard(List.of());
        ModelPackage hiv = registry.load("hiv").parts().get(1); // the graph networks of the bundled consensus
        IAtomContainer mol = new Standardizer().standardize(new MoleculeParser().parseSmiles(NEVIRAPINE)).molecule();
        AtomAttribution explanation = GraphAtomOcclusion.of(hiv, "HIV_active").orElseThrow();
        assertTrue(explanation.describe().contains("hiv.HIV_active (graph network)"), explanation.describe());
        double[] weights = explanation.atomWeights(Candidate.builder(1, "nevirapine").smiles(NEVIRAPINE).build(), mol);
        assertNotNull(weights);
        assertEquals(mol.getAtomCount(), weights.length);

        HeavyAtomGraph heavy = HeavyAtomGraph.of(mol);
        MolGraph whole = new MolGraphEncoder().encode(heavy);
        MoleculeFeatures f = hiv.newFeaturizer().features(mol);
        double base = hiv.scoreGraphs(List.of(whole), List.of(f)).mean()[0][0];
        for (int i = 0; i < mol.getAtomCount(); i++) {
            int g = heavy.graphIndexOf(i);
            double expected = g < 0 ? 0 : base - hiv.scoreGraphs(List.of(whole.withoutAtom(g)), List.of(f)).mean()[0][0];
            assertEquals(expected, weights[i], 1e-6, "atom " + i);
        }
        assertTrue(Arrays.stream(weights).anyMatch(w -> Math.abs(w) > 1e-4), "some atom carries weight");
        // the whole graph scores as the package scores the molecule
        assertEquals(hiv.score(List.of(mol)).mean()[0][0], base, 1e-6);
    }

    @Test
    void onlyGraphNetworksAreExplainedByAtomOcclusion() throws Exception {
        ModelRegistry registry = ModelRegistry.standard(List.of());
        ModelPackage hiv = registry.load("hiv");
        assertFalse(GraphAtomOcclusion.of(hiv.parts().get(0), "HIV_active").isPresent(), "fingerprint networks");
        assertFalse(GraphAtomOcclusion.of(hiv, "HIV_active").isPresent(), "a consensus has its own");
        assertFalse(ModelBitOcclusion.of(hiv.parts().get(1), "HIV_active").isPresent());
        assertThrows(IllegalArgumentException.class, () -> new GraphAtomOcclusion(hiv.parts().get(1), "nope"));
    }
}
