package io.vscreen.models.features;

import java.util.Locale;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import io.vscreen.chem.fingerprints.FingerprintSpec;

/**
 * Which features a model consumes, and how they become network inputs. Written into the
 * manifest; loading a model checks that this build computes the same fingerprint and descriptor
 * revisions, because a changed bit assignment or descriptor definition silently garbles
 * predictions.
 *
 * <p>The fingerprint kinds are the project's fingerprints ({@link FingerprintSpec}): bits
 * {@code ecfp4}, {@code ecfp6}, {@code fcfp4} with 1024, 2048 or 4096 positions, {@code maccs}
 * (166 keys), and the folded counts {@code ecfp4-count}, {@code ecfp6-count}, {@code fcfp4-count};
 * {@code kind} and {@code size} are those of the fingerprint's spec string, {@code version} its
 * {@link FingerprintSpec#version()}. Bits enter the network as 0/1; counts as
 * {@code countTransform(count)}, which is {@code log1p} ({@code ln(1 + count)}).
 *
 * <p>Optionally a descriptor set follows the fingerprint ({@link DescriptorScaling}: names,
 * revision, and the scaling fitted on the training split), at input positions
 * {@code size .. size + descriptors.count()}. The spec string is {@code <fingerprint>} or
 * {@code <fingerprint>+<descriptor set>}, e.g. {@code ecfp4:2048} or {@code ecfp4-count:2048+standard}.
 *
 * <p>Manifests written before counts and descriptors existed hold {@code kind}, {@code size} and
 * {@code version} only; they read as bit models and score exactly as before.
 *
 * @param countTransform {@code log1p} for count kinds, {@code null} for bit kinds
 * @param descriptors    the descriptor inputs, or {@code null} for a fingerprint-only model
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"kind", "size", "version", "countTransform", "descriptors"})
public record FeaturizerSpec(String kind, int size, String version, String countTransform,
                             DescriptorScaling descriptors) {

    /** The transform of folded counts this build applies. */
    public static final String LOG1P = "log1p";

    public FeaturizerSpec {
        Objects.requireNonNull(kind, "kind");
        kind = kind.strip().toLowerCase(Locale.ROOT);
        if (size <= 0) {
            throw new IllegalArgumentException("fingerprint size must be positive: " + size);
        }
    }

    /** A bits-only spec (the form of every manifest written before counts and descriptors). */
    public FeaturizerSpec(String kind, int size, String version) {
        this(kind, size, version, null, null);
    }

    /**
     * Parses a spec string ({@code ecfp4:2048}, {@code fcfp4-count:1024}, {@code maccs},
     * {@code ecfp4-count:2048+standard}) with this build's fingerprint and descriptor versions;
     * the descriptor scaling is left to be fitted on training data.
     *
     * @throws IllegalArgumentException naming the string when it is not a fingerprint a model can
     *                                  take as input, or names an unknown descriptor set
     */
    public static FeaturizerSpec parse(String text) {
        Objects.requireNonNull(text, "text");
        int plus = text.indexOf('+');
        if (plus >= 0) {
            return parse(text.substring(0, plus), text.substring(plus + 1));
        }
        FingerprintSpec fp;
        try {
            fp = FingerprintSpec.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("featurizer: " + e.getMessage(), e);
        }
        return of(fp);
    }

    /**
     * Parses a fingerprint spec string and adds a descriptor set ({@code null} or blank for none).
     *
     * @throws IllegalArgumentException for an unknown fingerprint or descriptor set
     */
    public static FeaturizerSpec parse(String fingerprint, String descriptorSet) {
        FeaturizerSpec fp = parse(fingerprint);
        if (descriptorSet == null || descriptorSet.isBlank() || descriptorSet.strip().equalsIgnoreCase("none")) {
            return fp;
        }
        DescriptorSet set;
        try {
            set = DescriptorSet.named(descriptorSet);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("featurizer: " + e.getMessage(), e);
        }
        return fp.withDescriptors(DescriptorScaling.unfitted(set));
    }

    /** The featurizer spec of a fingerprint, with this build's version and no descriptors. */
    public static FeaturizerSpec of(FingerprintSpec fp) {
        return new FeaturizerSpec(fp.kind().token(), fp.length(), fp.version(), fp.kind().isCount() ? LOG1P : null,
                null);
    }

    /** This spec with the given descriptor inputs (e.g. once their scaling is fitted). */
    public FeaturizerSpec withDescriptors(DescriptorScaling d) {
        return new FeaturizerSpec(kind, size, version, countTransform, d);
    }

    /**
     * The fingerprint this spec names.
     *
     * @throws IncompatibleFeaturizerException when this build has no such fingerprint
     */
    public FingerprintSpec fingerprintSpec() {
        try {
            return FingerprintSpec.parse(fingerprintLabel());
        } catch (IllegalArgumentException e) {
            throw new IncompatibleFeaturizerException("unknown featurizer kind '" + kind + "' in " + label()
                    + " (" + e.getMessage() + ")");
        }
    }

    /** Whether the input is the fingerprint's bits alone (one-hot rows of the set bits). */
    @JsonIgnore
    public boolean isBitsOnly() {
        return countTransform == null && descriptors == null;
    }

    /** Number of network inputs: the fingerprint positions plus the descriptors. */
    @JsonIgnore
    public int width() {
        return size + (descriptors == null ? 0 : descriptors.count());
    }

    /**
     * The network input for a molecule's raw features: ones at the set bits (bit kinds) or
     * {@code log1p} of the folded counts (count kinds), then the scaled descriptors.
     *
     * @throws IllegalArgumentException when the features do not match this spec (counts or
     *                                  descriptors missing)
     */
    public ModelInput input(MoleculeFeatures f) {
        if (isBitsOnly()) {
            return ModelInput.ofBits(f.onBits());
        }
        int nb = f.onBits().length;
        int nd = descriptors == null ? 0 : descriptors.count();
        if (countTransform != null && f.counts() == null) {
            throw new IllegalArgumentException("featurizer " + label() + " needs folded counts");
        }
        if (nd > 0 && (f.descriptors() == null || f.descriptors().length != nd)) {
            throw new IllegalArgumentException("featurizer " + label() + " needs " + nd + " descriptor values");
        }
        int[] index = new int[nb + nd];
        float[] values = new float[nb + nd];
        System.arraycopy(f.onBits(), 0, index, 0, nb);
        for (int k = 0; k < nb; k++) {
            values[k] = countTransform == null ? 1f : (float) Math.log1p(f.counts()[k]);
        }
        float[] scaled = nd > 0 ? descriptors.scaled(f.descriptors()) : new float[0];
        for (int j = 0; j < nd; j++) {
            index[nb + j] = size + j;
            values[nb + j] = scaled[j];
        }
        return new ModelInput(index, values);
    }

    /** The fingerprint's spec string, e.g. {@code ecfp4-count:2048} or {@code maccs}. */
    @JsonIgnore
    public String fingerprintLabel() {
        return "maccs".equals(kind) ? kind : kind + ":" + size;
    }

    /** The spec string, e.g. {@code ecfp4:2048}, {@code maccs} or {@code ecfp4-count:2048+standard}. */
    public String label() {
        return fingerprintLabel() + (descriptors == null ? "" : "+" + descriptors.set());
    }

    /**
     * The spec in words with its versions, e.g. {@code ecfp4-count:2048 (version morgan-1/cdk-2.12,
     * counts as log1p) + standard descriptors (version standard-1/cdk-2.12, robust scaling fitted on
     * the training split, clipped at 5)}.
     */
    public String describe() {
        StringBuilder sb = new StringBuilder(fingerprintLabel()).append(" (version ").append(version);
        if (countTransform != null) {
            sb.append(", counts as ").append(countTransform);
        }
        sb.append(')');
        if (descriptors != null) {
            sb.append(" + ").append(descriptors.set()).append(" descriptors (version ").append(descriptors.version())
                    .append(", ").append(descriptors.scaling()).append(" scaling ")
                    .append(descriptors.fitted() ? "fitted on the training split" : "not fitted")
                    .append(String.format(Locale.ROOT, ", clipped at %s)", descriptors.clip()));
        }
        return sb.toString();
    }

    /** {@link #describe()}. */
    @Override
    public String toString() {
        return describe();
    }
}
