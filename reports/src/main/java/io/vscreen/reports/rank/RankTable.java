package io.vscreen.reports.rank;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.vscreen.chem.fingerprints.Fingerprint;
import io.vscreen.reports.Candidate;
import io.vscreen.reports.Descriptors;
import io.vscreen.reports.Score;
import io.vscreen.reports.ScoreColumn;

/**
 * The compact per-compound rows that ranking, selection and the plots work on: record number,
 * scores (value, spread, applicability-domain similarity as floats), the reported descriptors,
 * the filter reason, an interned scaffold id and the ECFP4 fingerprint. About 40 bytes plus 12
 * per score column plus the fingerprint per compound, so millions of compounds fit in memory;
 * the full {@link Candidate}s live elsewhere (a {@code CandidateStore}). Rows are numbered in
 * input order from 0. Built with {@link Builder}; immutable once built.
 */
public final class RankTable {

    private final List<ScoreColumn> columns;
    private final int size;
    private final long[] records;
    private final float[][] values;
    private final float[][] stds;
    private final float[][] ads;
    private final float[][] descriptors;
    private final int[] scaffolds;
    private final Fingerprint[] fingerprints;
    private final Map<Integer, String> filterReasons;

    private RankTable(Builder b) {
        this.columns = b.columns;
        this.size = b.size;
        this.records = Arrays.copyOf(b.records, size);
        this.values = trim(b.values, size);
        this.stds = trim(b.stds, size);
        this.ads = trim(b.ads, size);
        this.descriptors = trim(b.descriptors, size);
        this.scaffolds = Arrays.copyOf(b.scaffolds, size);
        this.fingerprints = Arrays.copyOf(b.fingerprints, size);
        this.filterReasons = Map.copyOf(b.filterReasons);
    }

    private static float[][] trim(float[][] a, int n) {
        float[][] out = new float[a.length][];
        for (int i = 0; i < a.length; i++) {
            out[i] = Arrays.copyOf(a[i], n);
        }
        return out;
    }

    public static Builder builder(List<ScoreColumn> columns) {
        return new Builder(columns);
    }

    public List<ScoreColumn> columns() {
        return columns;
    }

    /** Index of a column by key {@code <model>.<task>}, or -1. */
    public int columnIndex(String key) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    public int size() {
        return size;
    }

    public long record(int row) {
        return records[row];
    }

    public double value(int column, int row) {
        return values[column][row];
    }

    public double std(int column, int row) {
        return stds[column][row];
    }

    public double adSimilarity(int column, int row) {
        return ads[column][row];
    }

    /** A reported descriptor (index into {@link Descriptors#REPORTED}). */
    public double descriptor(int descriptorIndex, int row) {
        return descriptors[descriptorIndex][row];
    }

    /** Interned scaffold id, -1 for compounds without a ring scaffold. */
    public int scaffold(int row) {
        return scaffolds[row];
    }

    /** ECFP4 fingerprint, or null when none was given. */
    public Fingerprint fingerprint(int row) {
        return fingerprints[row];
    }

    public boolean isFiltered(int row) {
        return filterReasons.containsKey(row);
    }

    /** Why the row is filtered, or the empty string. */
    public String filterReason(int row) {
        return filterReasons.getOrDefault(row, "");
    }

    public int filteredCount() {
        return filterReasons.size();
    }

    /** Accumulates rows in input order. Not thread-safe. */
    public static final class Builder {
        private final List<ScoreColumn> columns;
        private final String[] keys;
        private int size;
        private long[] records = new long[1024];
        private float[][] values;
        private float[][] stds;
        private float[][] ads;
        private float[][] descriptors;
        private int[] scaffolds = new int[1024];
        private Fingerprint[] fingerprints = new Fingerprint[1024];
        private final Map<Integer, String> filterReasons = new HashMap<>();
        private final Map<String, Integer> scaffoldIds = new HashMap<>();

        private Builder(List<ScoreColumn> columns) {
            this.columns = List.copyOf(columns);
            this.keys = this.columns.stream().map(ScoreColumn::key).toArray(String[]::new);
            int k = keys.length;
            values = new float[k][1024];
            stds = new float[k][1024];
            ads = new float[k][1024];
            descriptors = new float[Descriptors.REPORTED.size()][1024];
        }

        /** Adds a compound; returns its row. {@code filterReason} is empty when it passes. */
        public int add(Candidate c, String filterReason) {
            for (String key : c.scores().keySet()) {
                if (!Arrays.asList(keys).contains(key)) {
                    throw new IllegalArgumentException("record " + c.record() + " (" + c.id() + ") has score '" + key
                            + "' but the screen's score columns are " + Arrays.toString(keys));
                }
            }
            if (size == records.length) {
                grow();
            }
            int row = size++;
            records[row] = c.record();
            for (int i = 0; i < keys.length; i++) {
                Score s = c.score(keys[i]);
                values[i][row] = (float) s.value();
                stds[i][row] = (float) s.std();
                ads[i][row] = (float) s.adSimilarity();
            }
            for (int d = 0; d < Descriptors.REPORTED.size(); d++) {
                descriptors[d][row] = (float) c.descriptor(Descriptors.REPORTED.get(d));
            }
            scaffolds[row] = c.scaffold().isEmpty() ? -1
                    : scaffoldIds.computeIfAbsent(c.scaffold(), s -> scaffoldIds.size());
            fingerprints[row] = c.ecfp4();
            if (filterReason != null && !filterReason.isEmpty()) {
                filterReasons.put(row, filterReason);
            }
            return row;
        }

        public int size() {
            return size;
        }

        private void grow() {
            int n = records.length * 2;
            records = Arrays.copyOf(records, n);
            for (int i = 0; i < keys.length; i++) {
                values[i] = Arrays.copyOf(values[i], n);
                stds[i] = Arrays.copyOf(stds[i], n);
                ads[i] = Arrays.copyOf(ads[i], n);
            }
            for (int d = 0; d < descriptors.length; d++) {
                descriptors[d] = Arrays.copyOf(descriptors[d], n);
            }
            scaffolds = Arrays.copyOf(scaffolds, n);
            fingerprints = Arrays.copyOf(fingerprints, n);
        }

        public RankTable build() {
            return new RankTable(this);
        }
    }
}
