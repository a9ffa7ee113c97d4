package io.vscreen.reports.diversity;

import java.util.Locale;

/**
 * Sphere exclusion in rank order (the leader algorithm of Butina / Taylor): walks down the ranked
 * list and takes a compound unless it lies within the similarity threshold of one already taken
 * (or its scaffold is full). The best compound of every neighbourhood is kept.
 */
public final class SphereExclusionPicker implements DiversityPicker {

    private final double threshold;

    /** @param threshold similarity at or above which a compound is excluded, in (0, 1] */
    public SphereExclusionPicker(double threshold) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1], got " + threshold);
        }
        this.threshold = threshold;
    }

    @Override
    public int[] pick(int[] ranked, CompoundSpace space, int n, int maxPerScaffold) {
        return RankOrderPick.pick(ranked, space, n, maxPerScaffold, (r, taken, k) -> withinSphere(space, r, taken, k));
    }

    private boolean withinSphere(CompoundSpace space, int r, int[] taken, int k) {
        for (int j = 0; j < k; j++) {
            if (space.similarity(r, taken[j]) >= threshold) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "sphere exclusion, ECFP4 Tanimoto < %.2f", threshold);
    }
}
