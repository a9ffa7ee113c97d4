package io.vscreen.models.features;

import io.vscreen.chem.descriptors.Descriptors;
import io.vscreen.chem.fingerprints.CircularFeatures;
import io.vscreen.chem.fingerprints.FingerprintSpec;
import org.openscience.cdk.interfaces.IAtomContainer;

/**
 * Computes the features of one molecule for a {@link FeaturizerSpec}: the fingerprint's set
 * positions ({@link #onBits}), and for count or descriptor models the folded counts and raw
 * descriptor values ({@link #features}); {@link FeaturizerSpec#input} turns those into network
 * input. Molecules must be standardized as screening standardizes them
 * ({@link io.vscreen.chem.standardize.Standardizer}): descriptors assume Daylight aromaticity and
 * the kept fragment.
 *
 * <p>Implementations keep fingerprinter and descriptor state: not thread-safe, create one per
 * thread (creation is cheap) with {@link #create(FeaturizerSpec)}.
 */
public interface Featurizer {

    /** The spec this featurizer implements. */
    FeaturizerSpec spec();

    /**
     * Sorted indices of the set fingerprint positions, each in {@code [0, spec().size())} (for
     * count kinds: the positions with a non-zero folded count).
     */
    int[] onBits(IAtomContainer molecule) throws FeaturizationException;

    /**
     * The molecule's raw features: set positions, folded counts (count kinds) and descriptor
     * values (when the spec has descriptors). For bit kinds without descriptors, the same
     * fingerprint as {@link #onBits}, computed once.
     */
    MoleculeFeatures features(IAtomContainer molecule) throws FeaturizationException;

    /**
     * As {@link #features(IAtomContainer)}, with the molecule's descriptors already computed by
     * {@link io.vscreen.chem.descriptors.DescriptorCalculator} on this standardized molecule (as the
     * screening preparation does), so they are not computed again; {@code null} computes them.
     */
    default MoleculeFeatures features(IAtomContainer molecule, Descriptors computed) throws FeaturizationException {
        return features(molecule);
    }

    /**
     * As {@link #features(IAtomContainer, Descriptors)}, also given the molecule's unfolded circular
     * features when the caller already computed them (as the screening preparation does for its
     * ECFP4): a fingerprint they {@linkplain CircularFeatures#serves serve} is folded from them
     * instead of being computed again. {@code null}, or features of another radius or typing,
     * compute the fingerprint.
     */
    default MoleculeFeatures features(IAtomContainer molecule, Descriptors computed, CircularFeatures circular)
            throws FeaturizationException {
        return features(molecule, computed);
    }

    /**
     * A featurizer for a manifest's spec. Refuses a kind, count transform or descriptor set this
     * build does not know, or a fingerprint or descriptor version different from the one this
     * build computes.
     */
    static Featurizer create(FeaturizerSpec spec) {
        FingerprintSpec fp = spec.fingerprintSpec();
        String current = fp.version();
        if (!current.equals(spec.version())) {
            throw new IncompatibleFeaturizerException("featurizer " + spec.label() + " version '" + spec.version()
                    + "' is not the version this build computes ('" + current + "'); the model must be retrained");
        }
        boolean counts = fp.kind().isCount();
        if (counts && !FeaturizerSpec.LOG1P.equals(spec.countTransform())) {
            throw new IncompatibleFeaturizerException("featurizer " + spec.label() + ": count transform '"
                    + spec.countTransform() + "' is not one this build applies (" + FeaturizerSpec.LOG1P + ")");
        }
        if (!counts && spec.countTransform() != null) {
            throw new IncompatibleFeaturizerException("featurizer " + spec.label() + " is a bit fingerprint but names"
                    + " a count transform '" + spec.countTransform() + "'");
        }
        DescriptorSet set = null;
        DescriptorScaling d = spec.descriptors();
        if (d != null) {
            try {
                set = DescriptorSet.named(d.set());
            } catch (IllegalArgumentException e) {
                throw new IncompatibleFeaturizerException("featurizer " + spec.label() + ": " + e.getMessage()
                        + "; the model needs a build that computes it");
            }
            if (!set.version().equals(d.version())) {
                throw new IncompatibleFeaturizerException("featurizer " + spec.label() + ": descriptor set '" + d.set()
                        + "' version '" + d.version() + "' is not the version this build computes ('" + set.version()
                        + "'); the model must be retrained");
            }
            if (!set.names().equals(d.names())) {
                throw new IncompatibleFeaturizerException("featurizer " + spec.label() + ": descriptors " + d.names()
                        + " are not those of set '" + set.name() + "' in this build " + set.names());
            }
            if (!DescriptorScaling.ROBUST.equals(d.scaling()) || !(d.clip() > 0)) {
                throw new IncompatibleFeaturizerException("featurizer " + spec.label() + ": descriptor scaling '"
                        + d.scaling() + "' (clip " + d.clip() + ") is not one this build applies ("
                        + DescriptorScaling.ROBUST + " with a positive clip)");
            }
        }
        return new FingerprintFeaturizer(spec, fp.newFingerprinter(), set);
    }
}
