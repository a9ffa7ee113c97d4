package io.vscreen.reports.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.openscience.cdk.interfaces.IAtomContainer;

import io.vscreen.chem.MoleculeParser;
import io.vscreen.chem.fingerprints.Fingerprint;
import io.vscreen.chem.fingerprints.FingerprintSpec;
import io.vscreen.reports.Candidate;

class FingerprintOcclusionTest {

    static final FingerprintSpec ECFP4 = FingerprintSpec.parse("ecfp4:2048");

    static Set<Integer> bits(String smiles) throws Exception {
        return IntStream.of(ECFP4.newFingerprinter().fingerprint(new MoleculeParser().parseSmiles(smiles)).bits())
                .boxed().collect(Collectors.toSet());
    }

    @Test
    void creditGoesToTheAtomsOfTheFeaturesTheScoreReads() throws Exception {
        // a "model" that counts the bits nitrobenzene has and toluene has not: the nitro group
        Set<Integer> nitro = bits("c1ccccc1[N+](=O)[O-]");
        nitro.removeAll(bits("Cc1ccccc1"));
        FingerprintOcclusion occlusion = new FingerprintOcclusion(ECFP4,
                fp -> IntStream.of(fp.bits()).filter(nitro::contains).count(), "nitro");
        // 4-nitrotoluene: atoms 0 methyl C, 1..6 ring, 7 N, 8 O, 9 O
        String smiles = "Cc1ccc(cc1)[N+](=O)[O-]";
        IAtomContainer mol = new MoleculeParser().parseSmiles(smiles);
        double[] w = occlusion.atomWeights(Candidate.builder(1, "4-nitrotoluene").smiles(smiles).build(), mol);
        assertEquals(10, w.length);
        assertTrue(w[7] > 0 && w[8] > 0 && w[9] > 0, "nitro N and O credited");
        assertTrue(w[4] > 0, "ring carbon bearing the nitro group credited");
        assertEquals(0.0, w[0], 1e-12, "methyl is more than two bonds from the nitro group");
        assertTrue(w[7] > w[2], "the nitrogen outweighs a ring carbon two bonds away");
        // each switched-off bit lowers the count by one, and its credit is shared out in full
        Fingerprint fp = ECFP4.newFingerprinter().fingerprint(mol);
        long present = IntStream.of(fp.bits()).filter(nitro::contains).count();
        assertEquals(present, java.util.Arrays.stream(w).sum(), 1e-9);
        assertTrue(present >= 4);
    }

    @Test
    void negativeContributionsAreNegativeWeights() throws Exception {
        Set<Integer> chloro = bits("Clc1ccccc1");
        chloro.removeAll(bits("c1ccccc1"));
        FingerprintOcclusion occlusion = new FingerprintOcclusion(ECFP4,
                fp -> -IntStream.of(fp.bits()).filter(chloro::contains).count(), "chloro penalty");
        String smiles = "OCc1ccc(Cl)cc1";
        IAtomContainer mol = new MoleculeParser().parseSmiles(smiles);
        double[] w = occlusion.atomWeights(Candidate.builder(1, "4-chlorobenzyl alcohol").smiles(smiles).build(), mol);
        assertTrue(w[6] < 0, "chlorine lowers the score");
        assertEquals(0.0, w[0], 1e-12, "the hydroxyl is far from the chlorine");
    }

    @Test
    void refusesFingerprintsWithoutAtomEnvironments() {
        assertThrows(IllegalArgumentException.class, () -> new FingerprintOcclusion(FingerprintSpec.maccs(), fp -> 0, "x"));
    }
}
