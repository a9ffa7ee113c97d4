package io.vscreen.models.features;

import io.vscreen.chem.StructureException;
import io.vscreen.chem.fingerprints.Fingerprinter;
import org.openscience.cdk.interfaces.IAtomContainer;

/** Model features from the project's fingerprints ({@link Fingerprinter}). Not thread-safe. */
final class FingerprintFeaturizer implements Featurizer {

    private final FeaturizerSpec spec;
    private final Fingerprinter fingerprinter;

    FingerprintFeaturizer(FeaturizerSpec spec, Fingerprinter fingerprinter) {
        this.spec = spec;
        this.fingerprinter = fingerprinter;
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
            throw new FeaturizationException("cannot compute " + spec.label() + " fingerprint: " + e.reason(), e);
        } catch (RuntimeException e) {
            throw new FeaturizationException("cannot compute " + spec.label() + " fingerprint: " + e.getMessage(), e);
        }
    }
}
