package io.vscreen.models.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openscience.cdk.interfaces.IAtomContainer;

import io.vscreen.chem.MoleculeParser;
import io.vscreen.chem.descriptors.DescriptorCalculator;
import io.vscreen.chem.fingerprints.CircularFeatures;
import io.vscreen.chem.fingerprints.Ecfp;
import io.vscreen.chem.fingerprints.FingerprintSpec;
import io.vscreen.chem.standardize.Standardizer;
import io.vscreen.chem.standardize.StandardizerOptions;
import io.vscreen.models.pkg.Json;

/**
 * Count and descriptor features: folded counts, the log1p transform, descriptor values of named
 * drugs (checked against RDKit, {@code src/test/scripts/drug_descriptors.py}), the robust scaling
 * and its round trip through the manifest's JSON.
 */
class CountAndDescriptorFeaturesTest {

    private static final String[] SMILES = {
        "CC(=O)Oc1ccccc1C(=O)O",               // aspirin
        "CN1C=NC2=C1C(=O)N(C(=O)N2C)C",        // caffeine
        "CN(C)CCOC(c1ccccc1)c1ccccc1.Cl",      // diphenhydramine hydrochloride
    };

    /**
     * RDKit 2022.09 values (drug_descriptors.py) in {@code Descriptors.columnNames()} order: mw,
     * exact_mass, logp, tpsa, hbd, hba, rotb, heavy_atoms, rings, aromatic_rings, fsp3,
     * formal_charge, stereocentres, qed, lipinski_violations, veber. The salt is the free base.
     */
    private static final double[][] RDKIT = {
        {180.1590, 180.0423, 1.3101, 63.6000, 1, 4, 2, 13, 1, 1, 0.1111, 0, 0, 0.5501, 0, 1},
        {194.1940, 194.0804, -1.0293, 61.8200, 0, 6, 0, 14, 2, 2, 0.3750, 0, 0, 0.5385, 0, 1},
        {255.3610, 255.1623, 3.3542, 12.4700, 0, 2, 6, 19, 2, 2, 0.2941, 0, 0, 0.7846, 0, 1},
    };

    private final MoleculeParser parser = new MoleculeParser();
    private final Standardizer standardizer = new Standardizer(StandardizerOptions.DEFAULTS.withInchiKey(false));

    private IAtomContainer standardized(String smiles) throws Exception {
        return standardizer.standardize(parser.parseSmiles(smiles)).molecule();
    }

    @Test
    void descriptorsOfNamedDrugsAreTheDescribeValuesAndAgreeWithRdkit() throws Exception {
        Featurizer f = Featurizer.create(FeaturizerSpec.parse("ecfp4:2048", "standard"));
        DescriptorCalculator calculator = new DescriptorCalculator();
        assertEquals(16, DescriptorSet.STANDARD.names().size());
        for (int i = 0; i < SMILES.length; i++) {
            IAtomContainer mol = standardized(SMILES[i]);
            double[] d = f.features(mol).descriptors();
            assertArrayEquals(calculator.calculate(mol).toVector(), d, 0.0, SMILES[i]);
            for (int j = 0; j < d.length; j++) {
                assertEquals(RDKIT[i][j], d[j], 0.011, SMILES[i] + " " + DescriptorSet.STANDARD.names().get(j));
            }
        }
    }

    @Test
    void countFeaturesAreTheFoldedCountsAndEnterTheNetworkAsLog1p() throws Exception {
        FeaturizerSpec spec = FeaturizerSpec.parse("ecfp4-count:2048");
        Featurizer f = Featurizer.create(spec);
        var fp = FingerprintSpec.parse("ecfp4-count:2048").newFingerprinter();
        for (String s : SMILES) {
            IAtomContainer mol = standardized(s);
            MoleculeFeatures mf = f.features(mol);
            float[] raw = new float[2048];
            fp.counts(mol).copyRawTo(raw, 0, 2048);
            float[] ours = new float[2048];
            for (int k = 0; k < mf.onBits().length; k++) {
                ours[mf.onBits()[k]] = mf.counts()[k];
            }
            assertArrayEquals(raw, ours, 0f, s);
            assertArrayEquals(fp.fingerprint(mol).bits(), mf.onBits(), s + ": set positions are the presence bits");
            assertArrayEquals(mf.onBits(), f.onBits(mol), s);
            assertTrue(maxOf(raw) > 1, s + " has a repeated environment");
            // the network input is what chem's featurize writes: log(1 + folded count)
            float[] chem = new float[2048];
            fp.featurize(mol, chem, 0);
            float[] row = FeatureMatrix.ofInputs(List.of(spec.input(mf)), 2048).toFloatVector();
            assertArrayEquals(chem, row, 1e-6f, s);
        }
    }

    private static float maxOf(float[] a) {
        float m = 0;
        for (float v : a) {
            m = Math.max(m, v);
        }
        return m;
    }

    @Test
    void robustScalingUsesTrainingMedianAndInterquartileRangeAndClips() {
        DescriptorScaling unfitted = DescriptorScaling.unfitted(DescriptorSet.STANDARD);
        List<double[]> rows = new ArrayList<>();
        for (int v = 1; v <= 9; v++) {
            double[] r = new double[16];
            r[0] = v;          // median 5, quartiles 3 and 7
            r[1] = v == 9 ? 1 : 0; // interquartile range 0: falls back to the standard deviation
            r[2] = Double.NaN; // never computed: center 0, scale 1
            rows.add(r);
        }
        DescriptorScaling s = unfitted.fit(rows);
        assertEquals(5, s.center()[0], 1e-12);
        assertEquals(4 / 1.349, s.scale()[0], 1e-12);
        assertEquals(0, s.center()[1], 1e-12);
        assertEquals(Math.sqrt((1 - 1 / 9.0) * (1 - 1 / 9.0) + 8 / 81.0) / Math.sqrt(8), s.scale()[1], 1e-12);
        assertEquals(0, s.center()[2], 0);
        assertEquals(1, s.scale()[2], 0);
        assertEquals((float) (2 * 1.349 / 4), s.scaled(0, 7), 1e-6f);
        assertEquals(5f, s.scaled(0, 1000), 0f, "clipped at +5");
        assertEquals(-5f, s.scaled(0, -1000), 0f, "clipped at -5");
        assertEquals(0f, s.scaled(0, Double.NaN), 0f, "a missing value is the median");
        assertThrows(IllegalStateException.class, () -> unfitted.scaled(0, 1));
    }

    @Test
    void fittedScalingRoundTripsThroughTheManifestJson() throws Exception {
        FeaturizerSpec spec = FeaturizerSpec.parse("ecfp4-count:2048", "standard");
        Featurizer f = Featurizer.create(spec);
        List<MoleculeFeatures> features = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        for (String s : SMILES) {
            MoleculeFeatures mf = f.features(standardized(s));
            features.add(mf);
            rows.add(mf.descriptors());
        }
        FeaturizerSpec fitted = spec.withDescriptors(spec.descriptors().fit(rows));
        byte[] json = Json.mapper().writeValueAsBytes(fitted);
        FeaturizerSpec back = Json.mapper().readValue(json, FeaturizerSpec.class);
        assertEquals(fitted.label(), back.label());
        assertEquals(fitted.countTransform(), back.countTransform());
        assertEquals(fitted.descriptors().version(), back.descriptors().version());
        assertEquals(fitted.descriptors().names(), back.descriptors().names());
        assertArrayEquals(fitted.descriptors().center(), back.descriptors().center(), 0);
        assertArrayEquals(fitted.descriptors().scale(), back.descriptors().scale(), 0);
        Featurizer.create(back);
        for (MoleculeFeatures mf : features) {
            ModelInput a = fitted.input(mf);
            ModelInput b = back.input(mf);
            assertArrayEquals(a.index(), b.index());
            assertArrayEquals(a.values(), b.values(), 0f);
            assertEquals(2048, a.index()[a.index().length - 16], "descriptors follow the fingerprint");
        }
    }

    @Test
    void aBitsOnlySpecWritesTheOldManifestFormAndReadsBack() throws Exception {
        FeaturizerSpec bits = FeaturizerSpec.parse("ecfp4:2048");
        String json = Json.mapper().writeValueAsString(bits);
        assertTrue(!json.contains("countTransform") && !json.contains("descriptors"), json);
        FeaturizerSpec old = Json.mapper().readValue(
                "{\"kind\":\"ecfp4\",\"size\":2048,\"version\":\"" + bits.version() + "\"}", FeaturizerSpec.class);
        assertEquals(bits, old);
        assertTrue(old.isBitsOnly());
        assertNull(old.descriptors());
    }

    @Test
    void descriptorSetsOrVersionsThisBuildDoesNotComputeAreRefused() {
        FeaturizerSpec spec = FeaturizerSpec.parse("ecfp4-count:2048", "standard");
        DescriptorScaling d = spec.descriptors();
        IncompatibleFeaturizerException unknownSet = assertThrows(IncompatibleFeaturizerException.class,
                () -> Featurizer.create(spec.withDescriptors(new DescriptorScaling("mordred", "mordred-1.2", d.names(),
                        d.scaling(), null, null, d.clip()))));
        assertTrue(unknownSet.getMessage().contains("unknown descriptor set 'mordred'"), unknownSet.getMessage());
        IncompatibleFeaturizerException oldVersion = assertThrows(IncompatibleFeaturizerException.class,
                () -> Featurizer.create(spec.withDescriptors(new DescriptorScaling("standard", "standard-0/cdk-2.11",
                        d.names(), d.scaling(), null, null, d.clip()))));
        assertTrue(oldVersion.getMessage().contains("standard-0/cdk-2.11")
                && oldVersion.getMessage().contains(DescriptorSet.STANDARD.version())
                && oldVersion.getMessage().contains("retrained"), oldVersion.getMessage());
        IncompatibleFeaturizerException scaling = assertThrows(IncompatibleFeaturizerException.class,
                () -> Featurizer.create(spec.withDescriptors(new DescriptorScaling("standard", d.version(), d.names(),
                        "quantile", null, null, d.clip()))));
        assertTrue(scaling.getMessage().contains("quantile"), scaling.getMessage());
        IncompatibleFeaturizerException transform = assertThrows(IncompatibleFeaturizerException.class,
                () -> Featurizer.create(new FeaturizerSpec("ecfp4-count", 2048, spec.version(), "sqrt", null)));
        assertTrue(transform.getMessage().contains("sqrt"), transform.getMessage());
    }

    /**
     * Features folded from circular features computed once (as a screen's preparation shares its
     * ECFP4 with the models) equal those the featurizer computes itself; features of another
     * radius are not used.
     */
    @Test
    void sharedCircularFeaturesGiveTheFeaturizersOwnFeatures() throws Exception {
        Ecfp ecfp4 = (Ecfp) FingerprintSpec.parse("ecfp4:2048").newFingerprinter();
        Ecfp ecfp6 = (Ecfp) FingerprintSpec.parse("ecfp6:2048").newFingerprinter();
        DescriptorCalculator calculator = new DescriptorCalculator();
        for (String spec : new String[] {"ecfp4-count:2048", "ecfp4:1024"}) {
            Featurizer f = Featurizer.create(FeaturizerSpec.parse(spec, "standard"));
            for (String smiles : SMILES) {
                IAtomContainer mol = standardized(smiles);
                var descriptors = calculator.calculate(mol);
                MoleculeFeatures own = f.features(mol, descriptors);
                for (CircularFeatures circular : List.of(ecfp4.features(mol), ecfp6.features(mol))) {
                    MoleculeFeatures shared = f.features(mol, descriptors, circular);
                    assertArrayEquals(own.onBits(), shared.onBits(), spec + " of " + smiles);
                    assertArrayEquals(own.counts(), shared.counts(), spec + " of " + smiles);
                    assertArrayEquals(own.descriptors(), shared.descriptors(), spec + " of " + smiles);
                }
            }
        }
    }
}
