package io.vscreen.reports.diversity;

import java.util.Arrays;

/**
 * The walk down a ranked list that the leader-style pickers share: best first, each row is taken
 * unless its scaffold is full or the picker's own rule excludes it, until {@code n} are taken.
 */
final class RankOrderPick {

    /** A picker's rule against a row, given the rows taken so far ({@code taken[0..count)}). */
    @FunctionalInterface
    interface Exclusion {
        boolean excludes(int row, int[] taken, int count);
    }

    private RankOrderPick() {
    }

    /** The rows taken, in rank order. */
    static int[] pick(int[] ranked, CompoundSpace space, int n, int maxPerScaffold, Exclusion exclusion) {
        ScaffoldCap cap = new ScaffoldCap(maxPerScaffold);
        int[] out = new int[Math.min(n, ranked.length)];
        int k = 0;
        for (int i = 0; i < ranked.length && k < out.length; i++) {
            int r = ranked[i];
            int s = space.scaffold(r);
            if (!cap.allows(s) || exclusion.excludes(r, out, k)) {
                continue;
            }
            cap.take(s);
            out[k++] = r;
        }
        return Arrays.copyOf(out, k);
    }
}
