package io.vscreen.chem.fingerprints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openscience.cdk.interfaces.IAtomContainer;

/**
 * The unfolded circular features a preparation shares with model featurizers fold to exactly the
 * fingerprints the fingerprinters compute themselves.
 */
class CircularFeaturesTest {

    private static Ecfp ecfp(String spec) {
        return (Ecfp) FingerprintSpec.parse(spec).newFingerprinter();
    }

    @Test
    void foldToTheFingerprintersOwnBitsAndCountsOnZincMolecules() throws Exception {
        List<String> zinc = Drugs.zinc(300);
        for (String[] pair : new String[][] {
                {"ecfp4:2048", "ecfp4-count:2048"}, {"ecfp4:1024", "ecfp4-count:4096"},
                {"ecfp6:2048", "ecfp6-count:2048"}, {"fcfp4:2048", "fcfp4-count:1024"}}) {
            Ecfp bits = ecfp(pair[0]);
            Ecfp counts = ecfp(pair[1]);
            for (String smiles : zinc) {
                IAtomContainer mol = Drugs.parse(smiles);
                CircularFeatures f = bits.features(mol);
                assertEquals(bits.fingerprint(mol), f.bits(bits.spec()), pair[0] + " of " + smiles);
                assertEquals(counts.fingerprint(mol), f.bits(counts.spec()), pair[1] + " of " + smiles);
                assertEquals(counts.counts(mol), f.counts(), pair[1] + " counts of " + smiles);
            }
        }
    }

    @Test
    void serveOnlyFingerprintsOfTheirRadiusAndAtomTyping() throws Exception {
        CircularFeatures ecfp4 = ecfp("ecfp4:2048").features(Drugs.parse(Drugs.IMATINIB));
        assertTrue(ecfp4.serves(FingerprintSpec.parse("ecfp4-count:1024")));
        assertFalse(ecfp4.serves(FingerprintSpec.parse("ecfp6:2048")));
        assertFalse(ecfp4.serves(FingerprintSpec.parse("fcfp4:2048")));
        assertFalse(ecfp4.serves(FingerprintSpec.parse("maccs")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ecfp4.bits(FingerprintSpec.parse("fcfp4:2048")));
        assertTrue(e.getMessage().contains("radius 2"), e.getMessage());
    }
}
