package io.vscreen.reports.rank;

import java.util.Arrays;
import java.util.Locale;

import io.vscreen.reports.diversity.Clusters;
import io.vscreen.reports.diversity.CompoundSpace;
import io.vscreen.reports.diversity.DiversityPicker;
import io.vscreen.reports.diversity.MaxMinPicker;
import io.vscreen.reports.diversity.SphereExclusionPicker;
import io.vscreen.reports.diversity.TopRankedPicker;

/**
 * Ranks a {@link RankTable} as its {@link RankingConfig} says.
 *
 * <ul>
 *   <li>{@code composite}: by composite score, highest first;</li>
 *   <li>{@code pareto}: by Pareto front over the objectives, then composite score;</li>
 * </ul>
 * in both, remaining ties go to the earlier input row, and filtered compounds come after every
 * unfiltered one (ordered the same way among themselves). The top N is then picked from the
 * unfiltered compounds with the configured diversity rule, and every compound gets a cluster id.
 * Fully deterministic. Stateless and thread-safe.
 */
public final class Ranker {

    private final RankingConfig config;

    public Ranker(RankingConfig config) {
        this.config = config;
    }

    public Ranking rank(RankTable table) {
        return rank(table, new TanimotoSpace(table));
    }

    /** Ranks with a given similarity space (tests, or fingerprints other than the table's). */
    public Ranking rank(RankTable table, CompoundSpace space) {
        ScoringPlan plan = ScoringPlan.resolve(config, table);
        int n = table.size();
        double[] composite = new double[n];
        Rows.each(n, r -> composite[r] = plan.composite(table, r));
        ParetoObjectives objectives = ParetoObjectives.resolve(config, plan, table);
        int[] front = new int[n];
        int[] passed = rows(table, false);
        int[] filtered = rows(table, true);
        if (objectives.count() > 0) {
            ParetoFronts.assign(objectives, passed, front);
            ParetoFronts.assign(objectives, filtered, front);
        } else {
            Arrays.fill(front, 1);
        }
        boolean pareto = config.rank() == RankingConfig.RankMode.PARETO;
        RowSort.RowComparator cmp = (a, b) -> {
            if (pareto && front[a] != front[b]) {
                return Integer.compare(front[a], front[b]);
            }
            int c = Double.compare(composite[b], composite[a]);
            return c != 0 ? c : Integer.compare(a, b);
        };
        RowSort.sort(passed, cmp);
        RowSort.sort(filtered, cmp);
        int[] sortedPassed = passed;
        int[] order = new int[n];
        System.arraycopy(sortedPassed, 0, order, 0, sortedPassed.length);
        System.arraycopy(filtered, 0, order, sortedPassed.length, filtered.length);
        filtered = null;

        RankingConfig.Diversity div = config.diversity();
        DiversityPicker picker = picker(div);
        int[] selected = picker.pick(sortedPassed, space, config.topN(), div.maxPerScaffold());
        int[] cluster = div.method() == RankingConfig.DiversityMethod.NONE && !table.allHaveFingerprints()
                ? new int[n]
                : Clusters.assign(space, n, selected, div.threshold());
        String method = picker.describe() + (div.maxPerScaffold() > 0
                ? String.format(Locale.ROOT, ", at most %d per scaffold", div.maxPerScaffold()) : "");
        return new Ranking(table, plan, config, composite, front, order, selected, cluster, objectives.names(), method);
    }

    private static DiversityPicker picker(RankingConfig.Diversity div) {
        return switch (div.method()) {
            case NONE -> new TopRankedPicker();
            case SPHERE -> new SphereExclusionPicker(div.threshold());
            case MAXMIN -> new MaxMinPicker(div.threshold(), div.pool() == null ? 0 : div.pool());
        };
    }

    private static int[] rows(RankTable table, boolean filtered) {
        int[] out = new int[filtered ? table.filteredCount() : table.size() - table.filteredCount()];
        int k = 0;
        for (int r = 0; r < table.size(); r++) {
            if (table.isFiltered(r) == filtered) {
                out[k++] = r;
            }
        }
        return out;
    }
}
