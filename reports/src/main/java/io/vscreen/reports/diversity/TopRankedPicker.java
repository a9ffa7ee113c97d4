package io.vscreen.reports.diversity;

import java.util.Arrays;

/** No similarity rule: the best-ranked rows, subject only to the per-scaffold limit. */
public final class TopRankedPicker implements DiversityPicker {

    @Override
    public int[] pick(int[] ranked, CompoundSpace space, int n, int maxPerScaffold) {
        ScaffoldCap cap = new ScaffoldCap(maxPerScaffold);
        int[] out = new int[Math.min(n, ranked.length)];
        int k = 0;
        for (int i = 0; i < ranked.length && k < out.length; i++) {
            int r = ranked[i];
            int s = space.scaffold(r);
            if (cap.allows(s)) {
                cap.take(s);
                out[k++] = r;
            }
        }
        return Arrays.copyOf(out, k);
    }

    @Override
    public String describe() {
        return "top ranked";
    }
}
