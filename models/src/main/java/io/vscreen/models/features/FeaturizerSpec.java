package io.vscreen.models.features;

import java.util.Locale;
import java.util.Objects;

/**
 * Which features a model consumes: a fingerprint kind and size, and the featurizer version the
 * model was trained with. Written into the manifest; loading a model checks that this build's
 * featurizer of that kind has the same version, because a changed bit assignment silently
 * garbles predictions.
 *
 * <p>Kinds: {@code cdk-ecfp2}, {@code cdk-ecfp4}, {@code cdk-ecfp6}, {@code cdk-fcfp4} (CDK's
 * circular fingerprints, folded to {@code size} bits).
 */
public record FeaturizerSpec(String kind, int size, String version) {

    public FeaturizerSpec {
        Objects.requireNonNull(kind, "kind");
        kind = kind.strip().toLowerCase(Locale.ROOT);
        if (size <= 0) {
            throw new IllegalArgumentException("fingerprint size must be positive: " + size);
        }
    }

    /** Parses {@code kind:size}, e.g. {@code cdk-ecfp4:2048}, with this build's featurizer version. */
    public static FeaturizerSpec parse(String text) {
        String[] parts = text.strip().split(":");
        if (parts.length != 2) {
            throw new IllegalArgumentException("featurizer spec '" + text + "' is not KIND:BITS (e.g. cdk-ecfp4:2048)");
        }
        int size;
        try {
            size = Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("featurizer spec '" + text + "': bit count '" + parts[1] + "' is not a number");
        }
        String kind = parts[0].strip().toLowerCase(Locale.ROOT);
        return new FeaturizerSpec(kind, size, CircularFeaturizer.versionOf(kind));
    }

    /** {@code kind:size}. */
    public String label() {
        return kind + ":" + size;
    }
}
