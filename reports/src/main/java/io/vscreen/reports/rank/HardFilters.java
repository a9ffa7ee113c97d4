package io.vscreen.reports.rank;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import io.vscreen.reports.AlertHit;
import io.vscreen.reports.Candidate;
import io.vscreen.reports.Descriptors;

/**
 * The hard filters of a {@link RankingConfig}: decides whether a compound is filtered and says
 * why, in words a chemist reads in the {@code filtered} column (several reasons are joined with
 * {@code "; "}). Filtered compounds are still ranked (after every unfiltered one) and reported,
 * never selected. Immutable and thread-safe.
 */
public final class HardFilters {

    private final RankingConfig.Filters filters;
    private final Map<String, RankingConfig.Range> ranges;

    public HardFilters(RankingConfig.Filters filters) {
        this.filters = filters;
        this.ranges = new TreeMap<>(filters.ranges());
    }

    /** The reason the compound is filtered, or the empty string when it passes. */
    public String reason(Candidate c) {
        List<String> reasons = new ArrayList<>(2);
        Integer maxViolations = filters.maxLipinskiViolations();
        if (maxViolations != null) {
            double v = c.descriptor(Descriptors.LIPINSKI_VIOLATIONS);
            if (Double.isNaN(v)) {
                reasons.add("Lipinski violations unknown");
            } else if (v > maxViolations) {
                reasons.add(String.format(Locale.ROOT, "Lipinski violations %d > %d", (int) v, maxViolations));
            }
        }
        if (filters.rejectAlerts()) {
            List<String> hits = new ArrayList<>();
            for (AlertHit a : c.alerts()) {
                if (filtersAlert(a.name()) && !hits.contains(a.name())) {
                    hits.add(a.name());
                }
            }
            if (!hits.isEmpty()) {
                reasons.add("alert " + String.join(", ", hits));
            }
        }
        for (Map.Entry<String, RankingConfig.Range> e : ranges.entrySet()) {
            double v = c.descriptor(e.getKey());
            RankingConfig.Range r = e.getValue();
            if (Double.isNaN(v)) {
                reasons.add(e.getKey() + " unknown");
            } else if (r.min() != null && v < r.min()) {
                reasons.add(String.format(Locale.ROOT, "%s %s < %s", e.getKey(), fmt(v), fmt(r.min())));
            } else if (r.max() != null && v > r.max()) {
                reasons.add(String.format(Locale.ROOT, "%s %s > %s", e.getKey(), fmt(v), fmt(r.max())));
            }
        }
        return String.join("; ", reasons);
    }

    private boolean filtersAlert(String name) {
        if (filters.alertPrefixes().isEmpty()) {
            return true;
        }
        for (String p : filters.alertPrefixes()) {
            if (name.regionMatches(true, 0, p, 0, p.length())) {
                return true;
            }
        }
        return false;
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e9 ? Long.toString((long) v)
                : String.format(Locale.ROOT, "%.2f", v);
    }
}
