package io.vscreen.reports.rank;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.vscreen.reports.ScoreColumn;

/**
 * What the Pareto fronts of a screen are computed over, resolved against its table.
 *
 * <p>By default one objective per role of the ranked scores: {@code efficacy} (the efficacy
 * columns), {@code safety} (the toxicity columns) and {@code properties} (property columns a
 * configuration ranks). Each is the composite's weighted geometric mean restricted to that role's
 * terms, uncertainty and applicability penalties included, so the fronts show the trade-off a
 * chemist weighs (activity against toxicity) and the composite is the weighted geometric mean of
 * the objectives. Two or three objectives also keep the sort fast on any library size
 * ({@link ParetoFronts}); every ranked column as its own objective would leave most compounds
 * non-dominated and cost time quadratic in the size of the first front.
 *
 * <p>A configuration's {@code pareto.objectives} names score columns instead; each is then
 * oriented by its desirability direction.
 *
 * <p>Role objectives are computed once per compound (a float each, {@code 4 * n} bytes per
 * objective); column objectives are read from the table.
 */
final class ParetoObjectives implements ParetoFronts.Objectives {
    private final List<String> names;
    private final float[][] values;
    private final int[] columns;
    private final Desirability[] orientation;
    private final RankTable table;

    private ParetoObjectives(List<String> names, float[][] values, int[] columns, Desirability[] orientation,
                             RankTable table) {
        this.names = List.copyOf(names);
        this.values = values;
        this.columns = columns;
        this.orientation = orientation;
        this.table = table;
    }

    /** The configured column objectives, or one per role of the ranked columns when none are configured. */
    static ParetoObjectives resolve(RankingConfig config, ScoringPlan plan, RankTable table) {
        List<String> keys = config.pareto().objectives();
        return keys.isEmpty() ? byRole(plan, table) : byColumn(keys, plan, table);
    }

    private static ParetoObjectives byColumn(List<String> keys, ScoringPlan plan, RankTable table) {
        int[] columns = new int[keys.size()];
        Desirability[] orientation = new Desirability[keys.size()];
        for (int k = 0; k < keys.size(); k++) {
            columns[k] = table.columnIndex(keys.get(k));
            if (columns[k] < 0) {
                throw new IllegalArgumentException("Pareto objective '" + keys.get(k) + "' is not a score column; columns are "
                        + table.columns().stream().map(ScoreColumn::key).toList());
            }
            orientation[k] = plan.valueDesirability(columns[k]);
        }
        return new ParetoObjectives(keys, null, columns, orientation, table);
    }

    private static ParetoObjectives byRole(ScoringPlan plan, RankTable table) {
        Map<ScoreColumn.Role, List<ScoringPlan.Term>> byRole = new EnumMap<>(ScoreColumn.Role.class);
        for (ScoringPlan.Term t : plan.terms()) {
            byRole.computeIfAbsent(plan.columns().get(t.column()).role(), r -> new ArrayList<>()).add(t);
        }
        List<String> names = new ArrayList<>();
        float[][] values = new float[byRole.size()][];
        int k = 0;
        for (Map.Entry<ScoreColumn.Role, List<ScoringPlan.Term>> e : byRole.entrySet()) {
            names.add(name(e.getKey()));
            float[] v = new float[table.size()];
            List<ScoringPlan.Term> terms = e.getValue();
            Rows.each(v.length, r -> v[r] = (float) ScoringPlan.geometricMean(terms, table, r));
            values[k++] = v;
        }
        return new ParetoObjectives(names, values, null, null, table);
    }

    private static String name(ScoreColumn.Role role) {
        return switch (role) {
            case EFFICACY -> "efficacy";
            case TOXICITY -> "safety";
            case PROPERTY -> "properties";
        };
    }

    /** Objective names as reported: role names ({@code efficacy}, {@code safety}) or score column keys. */
    List<String> names() {
        return names;
    }

    @Override
    public int count() {
        return names.size();
    }

    @Override
    public double get(int k, int p) {
        return values != null ? values[k][p] : orientation[k].oriented(table.value(columns[k], p));
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "ParetoObjectives%s", names);
    }
}
