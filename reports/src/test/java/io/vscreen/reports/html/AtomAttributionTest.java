package io.vscreen.reports.html;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openscience.cdk.interfaces.IAtomContainer;

import io.vscreen.chem.MoleculeParser;
import io.vscreen.reports.Candidate;

class AtomAttributionTest {

    @Test
    void precomputedWeightsAreLookedUpByRecordAndChecked() throws Exception {
        IAtomContainer ethanol = new MoleculeParser().parseSmiles("CCO");
        AtomAttribution a = AtomAttribution.precomputed(Map.of(3L, new double[] {0.1, -0.2, 0.5}, 4L, new double[] {1}),
                "model gradients");
        assertArrayEquals(new double[] {0.1, -0.2, 0.5},
                a.atomWeights(Candidate.builder(3, "ethanol").smiles("CCO").build(), ethanol));
        assertNull(a.atomWeights(Candidate.builder(5, "other").smiles("CCO").build(), ethanol));
        assertThrows(IllegalArgumentException.class,
                () -> a.atomWeights(Candidate.builder(4, "wrong").smiles("CCO").build(), ethanol));
        assertNull(AtomAttribution.none().atomWeights(Candidate.builder(3, "ethanol").smiles("CCO").build(), ethanol));
    }
}
