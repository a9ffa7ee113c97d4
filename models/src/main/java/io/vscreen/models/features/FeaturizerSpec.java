package io.vscreen.models.features;

import io.vscreen.chem.fingerprints.FingerprintSpec;
import java.util.Locale;
import java.util.Objects;

/**
 * Which features a model consumes: a fingerprint kind and size, and the fingerprint version the
 * model was trained with. Written into the manifest; loading a model checks that this build's
 * fingerprint of that kind has the same version, because a changed bit assignment silently
 * garbles predictions.
 *
 * <p>The kinds are the project's fingerprints ({@link FingerprintSpec}): {@code ecfp4},
 * {@code ecfp6}, {@code fcfp4} with 1024, 2048 or 4096 bits, and {@code maccs} (166 keys);
 * {@code kind} and {@code size} are those of the fingerprint's spec string, {@code version} its
 * {@link FingerprintSpec#version()}.
 */
public record FeaturizerSpec(String kind, int size, String version) {

    public FeaturizerSpec {
        Objects.requireNonNull(kind, "kind");
        kind = kind.strip().toLowerCase(Locale.ROOT);
        if (size <= 0) {
            throw new IllegalArgumentException("fingerprint size must be positive: " + size);
        }
    }

    /**
     * Parses a fingerprint spec string ({@code ecfp4:2048}, {@code fcfp4:1024}, {@code maccs}) with
     * this build's fingerprint version.
     *
     * @throws IllegalArgumentException naming the string when it is not a fingerprint a model can
     *                                  take as input
     */
    public static FeaturizerSpec parse(String text) {
        FingerprintSpec fp;
        try {
            fp = FingerprintSpec.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("featurizer: " + e.getMessage(), e);
        }
        requireBits(fp);
        return of(fp);
    }

    /** The featurizer spec of a fingerprint, with this build's version. */
    public static FeaturizerSpec of(FingerprintSpec fp) {
        return new FeaturizerSpec(fp.kind().token(), fp.length(), fp.version());
    }

    /**
     * The fingerprint this spec names.
     *
     * @throws IncompatibleFeaturizerException when this build has no such fingerprint, or it is a
     *                                         count fingerprint (models take bits)
     */
    public FingerprintSpec fingerprintSpec() {
        FingerprintSpec fp;
        try {
            fp = FingerprintSpec.parse(label());
        } catch (IllegalArgumentException e) {
            throw new IncompatibleFeaturizerException("unknown featurizer kind '" + kind + "' in " + label()
                    + " (" + e.getMessage() + ")");
        }
        try {
            requireBits(fp);
        } catch (IllegalArgumentException e) {
            throw new IncompatibleFeaturizerException(e.getMessage());
        }
        return fp;
    }

    private static void requireBits(FingerprintSpec fp) {
        if (fp.kind().isCount()) {
            throw new IllegalArgumentException("featurizer " + fp + ": models take fingerprint bits, not counts; use "
                    + fp.kind().token().replace("-count", "") + ":" + fp.length());
        }
    }

    /** The spec string, e.g. {@code ecfp4:2048} or {@code maccs}. */
    public String label() {
        return "maccs".equals(kind) ? kind : kind + ":" + size;
    }
}
