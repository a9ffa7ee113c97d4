package io.vscreen.chem.fingerprints;

import java.util.Arrays;
import java.util.Objects;

/**
 * Sparse, unfolded feature counts: how many times each feature (a 32-bit identifier such as an
 * ECFP atom environment hash) occurs in a molecule. Immutable. Feature identifiers are kept in
 * ascending (signed) order, each once, with a positive count.
 *
 * <p>Folding to a fixed length maps feature {@code f} to position {@link #fold(int, int)
 * Math.floorMod(f, length)}; {@link #toBits(int)} sets those bits and {@link #copyTo(float[], int,
 * int)} sums the counts that land on each position.
 */
public final class CountFingerprint {

    private final int[] features;
    private final int[] counts;

    /**
     * Feature counts from parallel arrays (copied).
     *
     * @param features strictly ascending feature identifiers
     * @param counts   positive counts, same length
     */
    public CountFingerprint(int[] features, int[] counts) {
        this(features.clone(), counts.clone(), true);
    }

    private CountFingerprint(int[] features, int[] counts, boolean check) {
        if (features.length != counts.length) {
            throw new IllegalArgumentException(features.length + " features but " + counts.length + " counts");
        }
        for (int i = 0; i < features.length; i++) {
            if (counts[i] <= 0) {
                throw new IllegalArgumentException("count " + counts[i] + " for feature " + features[i] + " is not positive");
            }
            if (i > 0 && features[i] <= features[i - 1]) {
                throw new IllegalArgumentException("features not strictly ascending at index " + i);
            }
        }
        this.features = features;
        this.counts = counts;
    }

    /** Takes ownership of arrays built inside this package. */
    static CountFingerprint wrap(int[] features, int[] counts) {
        return new CountFingerprint(features, counts, true);
    }

    /** The folding rule: the position of feature {@code feature} in a vector of {@code length}. */
    public static int fold(int feature, int length) {
        return Math.floorMod(feature, length);
    }

    /** Number of distinct features. */
    public int size() {
        return features.length;
    }

    /** Sum of all counts. */
    public int total() {
        int t = 0;
        for (int c : counts) {
            t += c;
        }
        return t;
    }

    /** Distinct feature identifiers, ascending (copy). */
    public int[] features() {
        return features.clone();
    }

    /** Counts parallel to {@link #features()} (copy). */
    public int[] counts() {
        return counts.clone();
    }

    /** Count of one feature, 0 if absent. */
    public int count(int feature) {
        int i = Arrays.binarySearch(features, feature);
        return i < 0 ? 0 : counts[i];
    }

    /** Folds to {@code length} bits: a bit is set when at least one feature folds onto it. */
    public Fingerprint toBits(int length) {
        long[] w = new long[Fingerprint.wordCount(length)];
        for (int f : features) {
            int b = fold(f, length);
            w[b >>> 6] |= 1L << b;
        }
        return Fingerprint.wrap(w, length);
    }

    /**
     * Writes the folded counts, transformed as {@code log(1 + count)}, into
     * {@code dst[offset .. offset + length)} (every position written). The logarithm keeps
     * frequent features (a long chain's CH2 environment) from dominating network input; use
     * {@link #copyRawTo} for the plain sums.
     */
    public void copyTo(float[] dst, int offset, int length) {
        copyRawTo(dst, offset, length);
        for (int i = offset; i < offset + length; i++) {
            if (dst[i] != 0f) {
                dst[i] = (float) Math.log1p(dst[i]);
            }
        }
    }

    /** Writes the folded counts (sums of the counts folding onto each position), untransformed. */
    public void copyRawTo(float[] dst, int offset, int length) {
        if (length <= 0) {
            throw new IllegalArgumentException("length must be positive, not " + length);
        }
        Objects.checkFromIndexSize(offset, length, dst.length);
        Arrays.fill(dst, offset, offset + length, 0f);
        for (int i = 0; i < features.length; i++) {
            dst[offset + fold(features[i], length)] += counts[i];
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CountFingerprint c && Arrays.equals(c.features, features) && Arrays.equals(c.counts, counts);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(features) + Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("CountFingerprint[");
        for (int i = 0; i < features.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(features[i]).append('x').append(counts[i]);
        }
        return sb.append(']').toString();
    }
}
