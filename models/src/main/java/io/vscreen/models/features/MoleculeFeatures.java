package io.vscreen.models.features;

import java.util.Objects;

/**
 * The raw features of one molecule, before the model's input transform: the folded fingerprint
 * positions that are set, their folded counts (count fingerprints only) and the descriptor values
 * (when the model takes descriptors), unscaled.
 *
 * @param onBits      sorted fingerprint positions that are set (for count fingerprints: the
 *                    positions with a non-zero folded count); what the applicability domain compares
 * @param counts      folded counts parallel to {@code onBits}, or {@code null} for bit fingerprints
 * @param descriptors descriptor values in the descriptor set's order, or {@code null} without descriptors
 */
public record MoleculeFeatures(int[] onBits, float[] counts, double[] descriptors) {

    public MoleculeFeatures {
        Objects.requireNonNull(onBits, "onBits");
        if (counts != null && counts.length != onBits.length) {
            throw new IllegalArgumentException(counts.length + " counts for " + onBits.length + " set positions");
        }
    }

    /** Features of a bit fingerprint alone. */
    public static MoleculeFeatures ofBits(int[] onBits) {
        return new MoleculeFeatures(onBits, null, null);
    }
}
