package io.vscreen.reports.diversity;

import java.util.HashMap;
import java.util.Map;

/**
 * Counts selected compounds per Murcko scaffold and refuses more than {@code max} per scaffold
 * ({@code max = 0}: no limit). Acyclic compounds (no scaffold) are not capped. One per pick.
 */
final class ScaffoldCap {
    private final int max;
    private final Map<Integer, Integer> counts = new HashMap<>();

    ScaffoldCap(int max) {
        this.max = max;
    }

    boolean allows(int scaffold) {
        return max <= 0 || scaffold < 0 || counts.getOrDefault(scaffold, 0) < max;
    }

    void take(int scaffold) {
        if (scaffold >= 0) {
            counts.merge(scaffold, 1, Integer::sum);
        }
    }
}
