package io.vscreen.models.features;

import io.vscreen.chem.StructureException;
import io.vscreen.chem.descriptors.DescriptorCalculator;
import io.vscreen.chem.descriptors.Descriptors;
import io.vscreen.chem.fingerprints.CircularFeatures;
import io.vscreen.chem.fingerprints.CountFingerprint;
import io.vscreen.chem.fingerprints.Fingerprinter;
import org.openscience.cdk.interfaces.IAtomContainer;

/**
 * Model features from the project's fingerprints ({@link Fingerprinter}) and, when the spec asks,
 * descriptors ({@link DescriptorCalculator}). Not thread-safe.
 */
final class FingerprintFeaturizer implements Featurizer {

    private final FeaturizerSpec spec;
    private final Fingerprinter fingerprinter;
    private final boolean counts;
    private final DescriptorSet descriptorSet;
    /** Made on first need: screening passes the descriptors its preparation computed. */
    private DescriptorCalculator calculator;

    FingerprintFeaturizer(FeaturizerSpec spec, Fingerprinter fingerprinter, DescriptorSet descriptorSet) {
        this.spec = spec;
        this.fingerprinter = fingerprinter;
        this.counts = fingerprinter.spec().kind().isCount();
        this.descriptorSet = descriptorSet;
    }

    @Override
    public FeaturizerSpec spec() {
        return spec;
    }

    @Override
    public int[] onBits(IAtomContainer molecule) throws FeaturizationException {
        try {
            return fingerprinter.fingerprint(molecule).bits();
        } catch (StructureException e) {
            throw new FeaturizationException("cannot compute " + spec.fingerprintLabel() + " fingerprint: " + e.reason(), e);
        } catch (RuntimeException e) {
            throw new FeaturizationException("cannot compute " + spec.fingerprintLabel() + " fingerprint: " + e.getMessage(), e);
        }
    }

    @Override
    public MoleculeFeatures features(IAtomContainer molecule) throws FeaturizationException {
        return features(molecule, null);
    }

    @Override
    public MoleculeFeatures features(IAtomContainer molecule, Descriptors computed) throws FeaturizationException {
        return features(molecule, computed, null);
    }

    @Override
    public MoleculeFeatures features(IAtomContainer molecule, Descriptors computed, CircularFeatures circular)
            throws FeaturizationException {
        boolean shared = circular != null && circular.serves(fingerprinter.spec());
        MoleculeFeatures fp;
        if (counts) {
            try {
                CountFingerprint c = shared ? circular.counts() : fingerprinter.counts(molecule);
                fp = folded(c.features(), c.counts(), spec.size());
            } catch (StructureException e) {
                throw new FeaturizationException("cannot compute " + spec.fingerprintLabel() + " fingerprint: " + e.reason(), e);
            } catch (RuntimeException e) {
                throw new FeaturizationException("cannot compute " + spec.fingerprintLabel() + " fingerprint: " + e.getMessage(), e);
            }
        } else {
            fp = MoleculeFeatures.ofBits(shared ? circular.bits(fingerprinter.spec()).bits() : onBits(molecule));
        }
        if (descriptorSet == null) {
            return fp;
        }
        double[] d;
        try {
            d = computed != null ? descriptorSet.values(computed) : descriptorSet.compute(calculator(), molecule);
        } catch (RuntimeException e) {
            throw new FeaturizationException("cannot compute " + descriptorSet.name() + " descriptors: " + e.getMessage(), e);
        }
        return new MoleculeFeatures(fp.onBits(), fp.counts(), d);
    }

    private DescriptorCalculator calculator() {
        if (calculator == null) {
            calculator = new DescriptorCalculator();
        }
        return calculator;
    }

    /** Sorted positions of a folded count vector's non-zero entries, with their counts. */
    private static MoleculeFeatures folded(int[] features, int[] counts, int length) {
        float[] sums = new float[length];
        for (int i = 0; i < features.length; i++) {
            sums[CountFingerprint.fold(features[i], length)] += counts[i];
        }
        int n = 0;
        for (float s : sums) {
            if (s != 0f) {
                n++;
            }
        }
        int[] on = new int[n];
        float[] c = new float[n];
        int k = 0;
        for (int b = 0; b < length; b++) {
            if (sums[b] != 0f) {
                on[k] = b;
                c[k++] = sums[b];
            }
        }
        return new MoleculeFeatures(on, c, null);
    }
}
