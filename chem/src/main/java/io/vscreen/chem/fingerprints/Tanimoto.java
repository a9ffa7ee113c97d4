package io.vscreen.chem.fingerprints;

import java.util.List;

/**
 * Tanimoto (Jaccard) similarity of bit fingerprints: {@code |A and B| / |A or B|}, computed with
 * {@link Long#bitCount} over the packed words and the cached cardinalities, without allocation.
 * Two empty fingerprints have similarity 0 (nothing in common). For repeated searches against the
 * same reference set use {@link FingerprintSet}, which packs the references contiguously.
 */
public final class Tanimoto {

    private Tanimoto() {
    }

    /**
     * Similarity of two fingerprints of the same length, in [0, 1].
     *
     * @throws IllegalArgumentException if the lengths differ
     */
    public static double similarity(Fingerprint a, Fingerprint b) {
        a.requireSameLength(b);
        long[] x = a.wordsNoCopy();
        long[] y = b.wordsNoCopy();
        int common = 0;
        for (int i = 0; i < x.length; i++) {
            common += Long.bitCount(x[i] & y[i]);
        }
        return of(common, a.cardinality(), b.cardinality());
    }

    /** Similarity from the intersection count and the two cardinalities. */
    public static double of(int common, int cardinalityA, int cardinalityB) {
        int union = cardinalityA + cardinalityB - common;
        return union == 0 ? 0.0 : (double) common / union;
    }

    /** Similarity of the query to every target, in target order. */
    public static double[] bulk(Fingerprint query, List<Fingerprint> targets) {
        double[] out = new double[targets.size()];
        int i = 0;
        for (Fingerprint t : targets) {
            out[i++] = similarity(query, t);
        }
        return out;
    }

    /** Highest similarity of the query to any target; 0 when there are no targets. */
    public static double max(Fingerprint query, List<Fingerprint> targets) {
        double best = 0.0;
        for (Fingerprint t : targets) {
            double s = similarity(query, t);
            if (s > best) {
                best = s;
                if (best == 1.0) {
                    break;
                }
            }
        }
        return best;
    }
}
