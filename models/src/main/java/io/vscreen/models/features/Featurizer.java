package io.vscreen.models.features;

import io.vscreen.chem.fingerprints.FingerprintSpec;
import org.openscience.cdk.interfaces.IAtomContainer;

/**
 * Computes the feature bits of one molecule. Implementations keep fingerprinter state: not thread-safe,
 * create one per thread (creation is cheap) with {@link #create(FeaturizerSpec)}.
 */
public interface Featurizer {

    /** The spec this featurizer implements. */
    FeaturizerSpec spec();

    /** Sorted indices of the set bits, each in {@code [0, spec().size())}. */
    int[] onBits(IAtomContainer molecule) throws FeaturizationException;

    /**
     * A featurizer for a manifest's spec. Refuses a kind this build does not know, or a version
     * different from the one this build computes.
     */
    static Featurizer create(FeaturizerSpec spec) {
        FingerprintSpec fp = spec.fingerprintSpec();
        String current = fp.version();
        if (!current.equals(spec.version())) {
            throw new IncompatibleFeaturizerException("featurizer " + spec.label() + " version '" + spec.version()
                    + "' is not the version this build computes ('" + current + "'); the model must be retrained");
        }
        return new FingerprintFeaturizer(spec, fp.newFingerprinter());
    }
}
