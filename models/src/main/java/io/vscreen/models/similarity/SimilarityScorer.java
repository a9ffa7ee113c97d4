package io.vscreen.models.similarity;

import java.util.Arrays;
import java.util.List;

import io.vscreen.models.spi.FeatureScorer;

/**
 * Scores a molecule by its Tanimoto similarity to a set of known actives: the mean of its
 * {@code k} highest similarities (with {@code k = 1}, the similarity to the nearest active), and
 * as spread the standard deviation of those {@code k} similarities (population form). A score of
 * 1 means the molecule's fingerprint equals an active's, near 0 that it shares nothing with any.
 *
 * <p>One task per head. Immutable and thread-safe.
 */
public final class SimilarityScorer implements FeatureScorer {
    private final int words;
    private final long[] actives; // active-major, `words` longs each
    private final int[] cardinality;
    private final int topK;

    /**
     * @param activeBits the actives' sorted on-bits
     * @param bits fingerprint length
     * @param topK how many of the nearest actives are averaged ({@code >= 1}; more than there are
     *     actives means all of them)
     */
    public SimilarityScorer(List<int[]> activeBits, int bits, int topK) {
        if (activeBits.isEmpty()) {
            throw new IllegalArgumentException("no actives to compare with");
        }
        if (topK < 1) {
            throw new IllegalArgumentException("topK must be at least 1: " + topK);
        }
        this.words = (bits + 63) / 64;
        this.actives = new long[activeBits.size() * words];
        this.cardinality = new int[activeBits.size()];
        for (int i = 0; i < activeBits.size(); i++) {
            for (int b : activeBits.get(i)) {
                if (b < 0 || b >= bits) {
                    throw new IllegalArgumentException("bit " + b + " outside a " + bits + "-bit fingerprint");
                }
                actives[i * words + (b >>> 6)] |= 1L << (b & 63);
            }
            cardinality[i] = countBits(i);
        }
        this.topK = Math.min(topK, activeBits.size());
    }

    private int countBits(int active) {
        int c = 0;
        for (int w = 0; w < words; w++) {
            c += Long.bitCount(actives[active * words + w]);
        }
        return c;
    }

    /** Number of actives. */
    public int size() {
        return cardinality.length;
    }

    /** The Tanimoto similarity of a molecule (its sorted on-bits) to every active, in stored order. */
    public double[] similarities(int[] onBits) {
        long[] q = new long[words];
        for (int b : onBits) {
            q[b >>> 6] |= 1L << (b & 63);
        }
        int qc = 0;
        for (long w : q) {
            qc += Long.bitCount(w);
        }
        double[] sims = new double[cardinality.length];
        for (int a = 0; a < cardinality.length; a++) {
            int common = 0;
            int base = a * words;
            for (int w = 0; w < words; w++) {
                common += Long.bitCount(q[w] & actives[base + w]);
            }
            int union = qc + cardinality[a] - common;
            sims[a] = union == 0 ? 0 : (double) common / union;
        }
        return sims;
    }

    @Override
    public void score(List<int[]> onBits, float[][] mean, float[][] std, int offset) {
        for (int i = 0; i < onBits.size(); i++) {
            int[] bits = onBits.get(i);
            if (bits == null) {
                continue;
            }
            double[] sims = similarities(bits);
            Arrays.sort(sims);
            double sum = 0;
            double sumSq = 0;
            for (int k = 0; k < topK; k++) {
                double s = sims[sims.length - 1 - k];
                sum += s;
                sumSq += s * s;
            }
            double mu = sum / topK;
            mean[i][offset] = (float) mu;
            std[i][offset] = (float) Math.sqrt(Math.max(0, sumSq / topK - mu * mu));
        }
    }
}
