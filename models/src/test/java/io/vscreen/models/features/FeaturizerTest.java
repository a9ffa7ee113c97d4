package io.vscreen.models.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vscreen.chem.MoleculeParser;
import io.vscreen.chem.fingerprints.FingerprintSpec;
import org.junit.jupiter.api.Test;
import org.openscience.cdk.interfaces.IAtomContainer;

/** Model features are the project's fingerprints, named by their spec string and version. */
class FeaturizerTest {

    private static final String ASPIRIN = "CC(=O)Oc1ccccc1C(=O)O";
    private static final String IBUPROFEN = "CC(C)Cc1ccc(cc1)C(C)C(=O)O";

    @Test
    void specCarriesTheFingerprintSpecStringAndVersion() {
        FeaturizerSpec spec = FeaturizerSpec.parse(" ECFP4:2048 ");
        assertEquals("ecfp4", spec.kind());
        assertEquals(2048, spec.size());
        assertEquals(FingerprintSpec.parse("ecfp4:2048").version(), spec.version());
        assertEquals("ecfp4:2048", spec.label());
        FeaturizerSpec maccs = FeaturizerSpec.parse("maccs");
        assertEquals(166, maccs.size());
        assertEquals("maccs", maccs.label());
    }

    @Test
    void bitsAreTheFingerprintsSetBits() throws Exception {
        MoleculeParser parser = new MoleculeParser();
        for (String kind : new String[] {"ecfp4:1024", "fcfp4:2048", "maccs"}) {
            Featurizer f = Featurizer.create(FeaturizerSpec.parse(kind));
            IAtomContainer aspirin = parser.parseSmiles(ASPIRIN);
            int[] bits = f.onBits(aspirin);
            assertArrayEquals(FingerprintSpec.parse(kind).newFingerprinter().fingerprint(aspirin).bits(), bits, kind);
            for (int i = 1; i < bits.length; i++) {
                assertTrue(bits[i - 1] < bits[i], kind + " bits ascending");
            }
            assertTrue(bits.length > 0 && bits[bits.length - 1] < f.spec().size(), kind);
        }
        Featurizer ecfp = Featurizer.create(FeaturizerSpec.parse("ecfp4:2048"));
        assertTrue(!java.util.Arrays.equals(ecfp.onBits(parser.parseSmiles(ASPIRIN)),
                ecfp.onBits(parser.parseSmiles(IBUPROFEN))), "aspirin and ibuprofen differ");
    }

    @Test
    void badLengthsAndUnknownKindsAreRefusedWithTheSpecNamed() {
        IllegalArgumentException length = assertThrows(IllegalArgumentException.class,
                () -> FeaturizerSpec.parse("ecfp4:256"));
        assertTrue(length.getMessage().contains("ecfp4:256"), length.getMessage());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> FeaturizerSpec.parse("cdk-ecfp4:2048"));
        assertTrue(unknown.getMessage().contains("cdk-ecfp4"), unknown.getMessage());
        IllegalArgumentException descriptors = assertThrows(IllegalArgumentException.class,
                () -> FeaturizerSpec.parse("ecfp4-count:2048+dragon"));
        assertTrue(descriptors.getMessage().contains("dragon") && descriptors.getMessage().contains("standard"),
                descriptors.getMessage());
    }

    @Test
    void countSpecsNameTheLog1pTransformAndDescriptorSpecsTheSet() {
        FeaturizerSpec counts = FeaturizerSpec.parse("ecfp4-count:2048");
        assertEquals("ecfp4-count", counts.kind());
        assertEquals(FeaturizerSpec.LOG1P, counts.countTransform());
        assertEquals(2048, counts.width());
        assertTrue(!counts.isBitsOnly());
        FeaturizerSpec both = FeaturizerSpec.parse("ecfp4-count:2048", "standard");
        assertEquals(both, FeaturizerSpec.parse(both.label()), "the label parses back: " + both.label());
        assertEquals("ecfp4-count:2048+standard", both.label());
        assertEquals(2048 + 16, both.width());
        assertEquals(FingerprintSpec.parse("ecfp4-count:2048").version(), both.version());
        assertEquals(DescriptorSet.STANDARD.version(), both.descriptors().version());
        FeaturizerSpec bits = FeaturizerSpec.parse("ecfp4:2048", "none");
        assertTrue(bits.isBitsOnly() && bits.countTransform() == null && bits.descriptors() == null);
    }

    @Test
    void aManifestSpecFromAnotherFingerprintCodeIsRefused() {
        String version = FingerprintSpec.parse("ecfp4:2048").version();
        IncompatibleFeaturizerException kind = assertThrows(IncompatibleFeaturizerException.class,
                () -> Featurizer.create(new FeaturizerSpec("cdk-ecfp4", 2048, "cdk-2.12/circular-r1")));
        assertTrue(kind.getMessage().contains("unknown featurizer kind 'cdk-ecfp4'"), kind.getMessage());
        IncompatibleFeaturizerException rev = assertThrows(IncompatibleFeaturizerException.class,
                () -> Featurizer.create(new FeaturizerSpec("ecfp4", 2048, "morgan-0/cdk-2.11")));
        assertTrue(rev.getMessage().contains("morgan-0/cdk-2.11") && rev.getMessage().contains(version)
                && rev.getMessage().contains("retrained"), rev.getMessage());
    }
}
