package io.vscreen.reports.diversity;

/** No similarity rule: the best-ranked rows, subject only to the per-scaffold limit. */
public final class TopRankedPicker implements DiversityPicker {

    @Override
    public int[] pick(int[] ranked, CompoundSpace space, int n, int maxPerScaffold) {
        return RankOrderPick.pick(ranked, space, n, maxPerScaffold, (r, taken, k) -> false);
    }

    @Override
    public String describe() {
        return "top ranked";
    }
}
