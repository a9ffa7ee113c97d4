package io.vscreen.reports.diversity;

import java.util.Arrays;
import java.util.Locale;

/**
 * MaxMin (Ashton et al. 2002) over the best-ranked {@code pool} compounds: starts from the best
 * compound and repeatedly adds the one least similar to everything taken so far (ties go to the
 * better rank), stopping at N or when every remaining compound is at least {@code threshold}
 * similar to one already taken. Spreads the selection over chemical space more evenly than
 * sphere exclusion, at the price of ranking weighing less.
 */
public final class MaxMinPicker implements DiversityPicker {

    private final double threshold;
    private final int pool;

    /**
     * @param threshold similarity at or above which a compound is too close to be picked
     * @param pool      number of best-ranked compounds considered (0 = 20 x n)
     */
    public MaxMinPicker(double threshold, int pool) {
        if (!(threshold > 0 && threshold <= 1) || pool < 0) {
            throw new IllegalArgumentException("threshold must be in (0, 1] and pool >= 0");
        }
        this.threshold = threshold;
        this.pool = pool;
    }

    @Override
    public int[] pick(int[] ranked, CompoundSpace space, int n, int maxPerScaffold) {
        int size = Math.min(ranked.length, pool > 0 ? pool : (int) Math.min(Integer.MAX_VALUE, 20L * n));
        if (size == 0 || n == 0) {
            return new int[0];
        }
        ScaffoldCap cap = new ScaffoldCap(maxPerScaffold);
        double[] nearest = new double[size]; // highest similarity to anything taken so far
        boolean[] taken = new boolean[size];
        int[] out = new int[Math.min(n, size)];
        int k = 0;
        int next = 0; // the best-ranked compound starts
        while (next >= 0 && k < out.length) {
            int r = ranked[next];
            taken[next] = true;
            cap.take(space.scaffold(r));
            out[k++] = next;
            next = -1;
            double best = Double.POSITIVE_INFINITY;
            for (int i = 0; i < size; i++) {
                if (taken[i]) {
                    continue;
                }
                nearest[i] = Math.max(nearest[i], space.similarity(ranked[i], r));
                if (nearest[i] < best && nearest[i] < threshold && cap.allows(space.scaffold(ranked[i]))) {
                    best = nearest[i];
                    next = i;
                }
            }
        }
        // report in rank order: out holds positions in the ranked list
        int[] positions = Arrays.copyOf(out, k);
        Arrays.sort(positions);
        int[] inOrder = new int[k];
        for (int i = 0; i < k; i++) {
            inOrder[i] = ranked[positions[i]];
        }
        return inOrder;
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "MaxMin, ECFP4 Tanimoto < %.2f", threshold);
    }
}
