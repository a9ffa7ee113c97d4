package io.vscreen.reports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import io.vscreen.reports.rank.HardFilters;
import io.vscreen.reports.rank.RankTable;
import io.vscreen.reports.rank.Ranker;
import io.vscreen.reports.rank.Ranking;
import io.vscreen.reports.rank.RankingConfig;
import io.vscreen.reports.store.CandidateStore;

/**
 * Collects the scored compounds of a screen, in input order, and ranks them. The screening job
 * adds every scored {@link Candidate} (from one thread, or synchronised), then calls
 * {@link #rank()} once and hands the result to {@link ScreenOutputs}. Hard filters are applied as
 * compounds arrive; the full candidates go to the {@link CandidateStore}, the compact rows to a
 * {@link RankTable} (memory-mapped, off the heap), so the heap needed grows by a few dozen bytes
 * per compound (the ranking's order, scores and clusters).
 */
public final class ScreenResults implements AutoCloseable {

    private final List<ScoreColumn> columns;
    private final RankingConfig config;
    private final HardFilters filters;
    private final CandidateStore store;
    private final RankTable.Builder table;
    private RankTable built;

    /**
     * @param columns the score columns every candidate may carry (model, task, role, kind)
     * @param config  ranking configuration
     * @param store   where full candidates wait ({@code InMemoryCandidateStore} or
     *                {@code SpillingCandidateStore} for large screens); closed with this object
     */
    public ScreenResults(List<ScoreColumn> columns, RankingConfig config, CandidateStore store) {
        this(columns, config, store, Path.of(System.getProperty("java.io.tmpdir")));
    }

    /**
     * @param columns  the score columns every candidate may carry (model, task, role, kind)
     * @param config   ranking configuration
     * @param store    where full candidates wait; closed with this object
     * @param spillDir where the {@link RankTable}'s temporary column files go (unlinked once mapped)
     */
    public ScreenResults(List<ScoreColumn> columns, RankingConfig config, CandidateStore store, Path spillDir) {
        this.columns = List.copyOf(columns);
        this.config = Objects.requireNonNull(config, "config");
        this.filters = new HardFilters(config.filters());
        this.store = Objects.requireNonNull(store, "store");
        this.table = RankTable.builder(this.columns, spillDir);
    }

    /** Adds one scored compound. */
    public void add(Candidate c) throws IOException {
        if (built != null) {
            throw new IllegalStateException("results already ranked; cannot add record " + c.record());
        }
        table.add(c, filters.reason(c));
        store.add(c);
    }

    public int size() {
        return table.size();
    }

    /** Ranks everything added so far; call once. */
    public Ranking rank() {
        if (built == null) {
            built = table.build();
        }
        return new Ranker(config).rank(built);
    }

    public List<ScoreColumn> columns() {
        return columns;
    }

    public RankingConfig config() {
        return config;
    }

    public CandidateStore store() {
        return store;
    }

    @Override
    public void close() throws IOException {
        store.close();
    }
}
