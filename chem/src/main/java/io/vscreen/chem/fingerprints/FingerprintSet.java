package io.vscreen.chem.fingerprints;

import java.util.Arrays;
import java.util.Collection;

/**
 * An immutable reference set of fingerprints of one length, packed into one contiguous
 * {@code long[]} for fast nearest-neighbour Tanimoto search: the maximum similarity of a query to a
 * training set (applicability domain), the {@code k} nearest similarities, or all similarities
 * (diversity selection). Thread-safe.
 *
 * <p>{@link #maxSimilarity(Fingerprint)} skips any reference whose cardinality alone rules out
 * beating the best similarity found so far ({@code T <= min(|A|,|B|) / max(|A|,|B|)}).
 */
public final class FingerprintSet {

    private final int length;
    private final int wordsPer;
    private final int size;
    private final long[] words;
    private final int[] cardinality;

    /**
     * Packs the given fingerprints, in iteration order (index {@code i} is the {@code i}-th).
     *
     * @param length the common length (needed when the collection is empty)
     * @throws IllegalArgumentException if a fingerprint has another length
     */
    public FingerprintSet(int length, Collection<Fingerprint> fingerprints) {
        this.length = length;
        this.wordsPer = Fingerprint.wordCount(length);
        this.size = fingerprints.size();
        this.words = new long[size * wordsPer];
        this.cardinality = new int[size];
        int i = 0;
        for (Fingerprint f : fingerprints) {
            if (f.length() != length) {
                throw new IllegalArgumentException("fingerprint " + i + " has length " + f.length() + ", set length is " + length);
            }
            System.arraycopy(f.wordsNoCopy(), 0, words, i * wordsPer, wordsPer);
            cardinality[i] = f.cardinality();
            i++;
        }
    }

    /** Number of reference fingerprints. */
    public int size() {
        return size;
    }

    /** Common fingerprint length. */
    public int length() {
        return length;
    }

    /** The {@code i}-th reference fingerprint. */
    public Fingerprint get(int i) {
        java.util.Objects.checkIndex(i, size);
        return Fingerprint.wrap(Arrays.copyOfRange(words, i * wordsPer, (i + 1) * wordsPer), length);
    }

    private void check(Fingerprint query) {
        if (query.length() != length) {
            throw new IllegalArgumentException("query length " + query.length() + " differs from set length " + length);
        }
    }

    private int common(long[] q, int i) {
        int base = i * wordsPer;
        int c = 0;
        for (int k = 0; k < wordsPer; k++) {
            c += Long.bitCount(q[k] & words[base + k]);
        }
        return c;
    }

    /** Tanimoto similarity of the query to reference {@code i}. */
    public double similarity(Fingerprint query, int i) {
        check(query);
        java.util.Objects.checkIndex(i, size);
        return Tanimoto.of(common(query.wordsNoCopy(), i), query.cardinality(), cardinality[i]);
    }

    /** Similarities of the query to every reference, in reference order. */
    public double[] similarities(Fingerprint query) {
        check(query);
        long[] q = query.wordsNoCopy();
        int cq = query.cardinality();
        double[] out = new double[size];
        for (int i = 0; i < size; i++) {
            out[i] = Tanimoto.of(common(q, i), cq, cardinality[i]);
        }
        return out;
    }

    /** Highest similarity of the query to any reference; 0 for an empty set. */
    public double maxSimilarity(Fingerprint query) {
        int i = nearest(query);
        return i < 0 ? 0.0 : similarity(query, i);
    }

    /**
     * Index of the most similar reference (the lowest index among ties), or -1 for an empty set or
     * when no reference shares a bit with the query.
     */
    public int nearest(Fingerprint query) {
        check(query);
        long[] q = query.wordsNoCopy();
        int cq = query.cardinality();
        double best = 0.0;
        int bestIndex = -1;
        for (int i = 0; i < size; i++) {
            int ct = cardinality[i];
            // upper bound of the similarity from the cardinalities alone
            if ((double) Math.min(cq, ct) <= best * Math.max(cq, ct)) {
                continue;
            }
            double s = Tanimoto.of(common(q, i), cq, ct);
            if (s > best) {
                best = s;
                bestIndex = i;
                if (s == 1.0) {
                    break;
                }
            }
        }
        return bestIndex;
    }

    /**
     * The {@code k} highest similarities of the query to the references, highest first (fewer when
     * the set has fewer than {@code k} members). The mean of these is the usual k-nearest-neighbour
     * applicability-domain score.
     */
    public double[] topSimilarities(Fingerprint query, int k) {
        if (k <= 0) {
            throw new IllegalArgumentException("k must be positive, not " + k);
        }
        check(query);
        long[] q = query.wordsNoCopy();
        int cq = query.cardinality();
        int n = Math.min(k, size);
        // min-heap of the n best so far
        double[] heap = new double[n];
        int filled = 0;
        for (int i = 0; i < size; i++) {
            int ct = cardinality[i];
            if (filled == n && (double) Math.min(cq, ct) <= heap[0] * Math.max(cq, ct)) {
                continue;
            }
            double s = Tanimoto.of(common(q, i), cq, ct);
            if (filled < n) {
                heap[filled] = s;
                siftUp(heap, filled++);
            } else if (s > heap[0]) {
                heap[0] = s;
                siftDown(heap, n);
            }
        }
        double[] out = Arrays.copyOf(heap, filled);
        Arrays.sort(out);
        for (int i = 0, j = out.length - 1; i < j; i++, j--) {
            double t = out[i];
            out[i] = out[j];
            out[j] = t;
        }
        return out;
    }

    private static void siftUp(double[] h, int i) {
        while (i > 0) {
            int p = (i - 1) >>> 1;
            if (h[p] <= h[i]) {
                return;
            }
            double t = h[p];
            h[p] = h[i];
            h[i] = t;
            i = p;
        }
    }

    private static void siftDown(double[] h, int n) {
        int i = 0;
        while (true) {
            int l = 2 * i + 1;
            if (l >= n) {
                return;
            }
            int m = (l + 1 < n && h[l + 1] < h[l]) ? l + 1 : l;
            if (h[i] <= h[m]) {
                return;
            }
            double t = h[m];
            h[m] = h[i];
            h[i] = t;
            i = m;
        }
    }
}
