package io.vscreen.models.features;

import java.util.Arrays;
import java.util.Map;

import org.openscience.cdk.CDK;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.fingerprint.CircularFingerprinter;
import org.openscience.cdk.interfaces.IAtomContainer;

/**
 * Extended-connectivity (ECFP) and functional-class (FCFP) circular fingerprints from CDK's
 * {@link CircularFingerprinter}, folded to the spec's bit count. Not thread-safe.
 */
final class CircularFeaturizer implements Featurizer {

    /** Bumped whenever this class changes which bits a molecule sets. */
    private static final int IMPLEMENTATION_REVISION = 1;

    private static final Map<String, Integer> CLASSES = Map.of(
            "cdk-ecfp2", CircularFingerprinter.CLASS_ECFP2,
            "cdk-ecfp4", CircularFingerprinter.CLASS_ECFP4,
            "cdk-ecfp6", CircularFingerprinter.CLASS_ECFP6,
            "cdk-fcfp4", CircularFingerprinter.CLASS_FCFP4);

    private final FeaturizerSpec spec;
    private final CircularFingerprinter fingerprinter;

    CircularFeaturizer(FeaturizerSpec spec) {
        this.spec = spec;
        this.fingerprinter = new CircularFingerprinter(classOf(spec.kind()), spec.size());
    }

    /** The version string this build writes for a kind (CDK version plus this class's revision). */
    static String versionOf(String kind) {
        classOf(kind);
        return "cdk-" + CDK.getVersion() + "/circular-r" + IMPLEMENTATION_REVISION;
    }

    private static int classOf(String kind) {
        Integer c = CLASSES.get(kind);
        if (c == null) {
            throw new IncompatibleFeaturizerException("unknown featurizer kind '" + kind + "' (this build knows "
                    + String.join(", ", CLASSES.keySet().stream().sorted().toList()) + ")");
        }
        return c;
    }

    @Override
    public FeaturizerSpec spec() {
        return spec;
    }

    @Override
    public int[] onBits(IAtomContainer molecule) throws FeaturizationException {
        try {
            int[] bits = fingerprinter.getBitFingerprint(molecule).getSetbits();
            Arrays.sort(bits);
            return bits;
        } catch (CDKException | RuntimeException e) {
            throw new FeaturizationException("cannot compute " + spec.label() + " fingerprint: " + e.getMessage(), e);
        }
    }
}
