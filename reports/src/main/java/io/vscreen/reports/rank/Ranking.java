package io.vscreen.reports.rank;

import java.util.List;

/**
 * The outcome of ranking a {@link RankTable}: per row its composite score, Pareto front, rank,
 * whether it is selected and its cluster; and the rows in rank order. Rows are the table's input
 * order numbers. Arrays are not copied on access for speed: treat them as read-only.
 */
public final class Ranking {

    private final RankTable table;
    private final ScoringPlan plan;
    private final RankingConfig config;
    private final double[] composite;
    private final int[] front;
    private final int[] order;
    private final int[] rankOfRow;
    private final int[] selected;
    private final boolean[] isSelected;
    private final int[] cluster;
    private final List<String> paretoObjectives;
    private final String selectionMethod;

    Ranking(RankTable table, ScoringPlan plan, RankingConfig config, double[] composite, int[] front,
            int[] order, int[] selected, int[] cluster, List<String> paretoObjectives, String selectionMethod) {
        this.table = table;
        this.plan = plan;
        this.config = config;
        this.composite = composite;
        this.front = front;
        this.order = order;
        this.selected = selected;
        this.cluster = cluster;
        this.paretoObjectives = List.copyOf(paretoObjectives);
        this.selectionMethod = selectionMethod;
        this.rankOfRow = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            rankOfRow[order[i]] = i + 1;
        }
        this.isSelected = new boolean[order.length];
        for (int r : selected) {
            isSelected[r] = true;
        }
    }

    public RankTable table() {
        return table;
    }

    public ScoringPlan plan() {
        return plan;
    }

    public RankingConfig config() {
        return config;
    }

    public int size() {
        return order.length;
    }

    /** Composite score of a row in [0, 1]. */
    public double composite(int row) {
        return composite[row];
    }

    /** Pareto front of a row (1 = non-dominated); filtered rows are sorted among themselves. */
    public int paretoFront(int row) {
        return front[row];
    }

    /** 1-based rank of a row. */
    public int rank(int row) {
        return rankOfRow[row];
    }

    /** The row at a 1-based rank. */
    public int rowAt(int rank) {
        return order[rank - 1];
    }

    /** All rows, best first. */
    public int[] order() {
        return order.clone();
    }

    public boolean isSelected(int row) {
        return isSelected[row];
    }

    /** Selected rows in rank order. */
    public int[] selected() {
        return selected.clone();
    }

    /** Cluster id of a row (1.. = the cluster of the k-th selected compound), 0 = none. */
    public int cluster(int row) {
        return cluster[row];
    }

    /** Column keys the Pareto fronts were computed over. */
    public List<String> paretoObjectives() {
        return paretoObjectives;
    }

    /** How the selection was made, for the report. */
    public String selectionMethod() {
        return selectionMethod;
    }
}
