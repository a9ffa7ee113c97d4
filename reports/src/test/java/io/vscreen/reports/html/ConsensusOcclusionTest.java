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
import io.vscreen.chem.standardize.Standardizer;
import io.vscreen.models.pkg.ModelPackage;
import io.vscreen.models.pkg.ModelRegistry;
import io.vscreen.reports.Candidate;

/**
 * The bundled HIV consensus explains its score of nevirapine with both its parts: bit occlusion
 * of its fingerprint networks and atom occlusion of its graph networks, averaged as its scores are.
 */
class ConsensusOcclusionTest {

    /** Nevirapine, a non-nucleoside reverse-transcriptase inhibitor. */
    private static final String NEVIRAPINE = "Cc1ccnc2N(C3CC3)c3ncccc3C(=O)Nc12";

    @Test
    void atomWeightsAreThePartsWeightsAveragedByTheirShareOfMembers() throws Exception {
        ModelRegistry registry = ModelRegistry.standard(List.of());
        ModelPackage hiv = registry.load("hiv");
        assertEquals(2, hiv.parts().size(), "hiv is a consensus");
        IAtomContainer mol = new Standardizer().standardize(new MoleculeParser().parseSmiles(NEVIRAPINE)).molecule();
        Candidate nevirapine = Candidate.builder(1, "nevirapine").smiles(NEVIRAPINE).build();
        AtomAttribution explanation = ConsensusOcclusion.of(hiv, "HIV_active").orElseThrow();
        String how = explanation.describe();
        assertTrue(how.contains("hiv.HIV_active") && how.contains("occlusion") && how.contains("graph network"), how);
        double[] weights = explanation.atomWeights(nevirapine, mol);
        assertNotNull(weights);

        ModelPackage fingerprints = hiv.parts().get(0);
        ModelPackage graphs = hiv.parts().get(1);
        double total = fingerprints.manifest().ensembleSize() + graphs.manifest().ensembleSize();
        double[] bits = new ModelBitOcclusion(fingerprints, "HIV_active").atomWeights(nevirapine, mol);
        double[] atoms = new GraphAtomOcclusion(graphs, "HIV_active").atomWeights(nevirapine, mol);
        for (int i = 0; i < mol.getAtomCount(); i++) {
            double expected = (fingerprints.manifest().ensembleSize() * bits[i] + graphs.manifest().ensembleSize() * atoms[i])
                    / total;
            assertEquals(expected, weights[i], 1e-9, "atom " + i);
        }
        assertTrue(Arrays.stream(bits).anyMatch(w -> Math.abs(w) > 1e-4) && Arrays.stream(atoms).anyMatch(w -> Math.abs(w) > 1e-4),
                "both parts put weight on some atom");
        // the parts score as the consensus pools them
        double whole = hiv.score(List.of(mol)).mean()[0][0];
        double pooled = (fingerprints.manifest().ensembleSize() * fingerprints.score(List.of(mol)).mean()[0][0]
                + graphs.manifest().ensembleSize() * graphs.score(List.of(mol)).mean()[0][0]) / total;
        assertEquals(pooled, whole, 1e-6);
    }

    @Test
    void onlyAConsensusIsExplainedByItsParts() {
        ModelRegistry registry = ModelRegistry.standard(List.of());
        ModelPackage hiv = registry.load("hiv");
        assertFalse(ConsensusOcclusion.of(hiv.parts().get(0), "HIV_active").isPresent());
        assertFalse(ConsensusOcclusion.of(hiv.parts().get(1), "HIV_active").isPresent());
        assertFalse(ModelBitOcclusion.of(hiv, "HIV_active").isPresent());
        assertThrows(IllegalArgumentException.class, () -> new ConsensusOcclusion(hiv, "nope"));
    }
}
