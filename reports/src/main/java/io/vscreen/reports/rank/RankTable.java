package io.vscreen.reports.rank;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.vscreen.chem.fingerprints.Fingerprint;
import io.vscreen.reports.Candidate;
import io.vscreen.reports.Descriptors;
import io.vscreen.reports.Score;
import io.vscreen.reports.ScoreColumn;

/**
 * The compact per-compound rows that ranking, selection and the plots work on: record number,
 * scores (value, spread, applicability-domain similarity as floats), the reported descriptors,
 * the filter reason, the scaffold and the ECFP4 fingerprint. Rows are numbered in input order
 * from 0. Built with {@link Builder}; immutable once built.
 *
 * <p>The rows live outside the heap: each column is written to a temporary file as compounds
 * arrive and memory-mapped when the table is built ({@link MappedColumn}; the files are unlinked
 * at once, so nothing is left behind). The heap holds two bits per compound (filtered, has a
 * fingerprint), so a table of 10 million compounds fits a small heap; the operating system keeps
 * in physical memory the pages in use. Scaffolds are kept as a 64-bit hash of their SMILES and
 * numbered on first use ({@link #scaffold(int)}), so only the scaffolds that diversity selection
 * looks at take heap.
 */
public final class RankTable {

    private final List<ScoreColumn> columns;
    private final int size;
    private final MappedColumn records;
    private final MappedColumn[] values;
    private final MappedColumn[] stds;
    private final MappedColumn[] ads;
    private final MappedColumn[] descriptors;
    private final MappedColumn scaffoldHashes;
    private final MappedColumn fingerprints;
    private final int fingerprintLength;
    private final BitSet hasFingerprint;
    private final BitSet filtered;
    private final MappedText filterReasons;
    private final Map<Long, Integer> scaffoldIds = new ConcurrentHashMap<>();

    private RankTable(Builder b) throws IOException {
        this.columns = b.columns;
        this.size = b.size;
        this.records = b.records.finish();
        this.values = finish(b.values);
        this.stds = finish(b.stds);
        this.ads = finish(b.ads);
        this.descriptors = finish(b.descriptors);
        this.scaffoldHashes = b.scaffolds.finish();
        this.fingerprints = b.fingerprints == null ? null : b.fingerprints.finish();
        this.fingerprintLength = b.fingerprintLength;
        this.hasFingerprint = (BitSet) b.hasFingerprint.clone();
        this.filtered = (BitSet) b.filtered.clone();
        this.filterReasons = b.reasons.finish();
    }

    private static MappedColumn[] finish(MappedColumn.Writer[] writers) throws IOException {
        MappedColumn[] out = new MappedColumn[writers.length];
        for (int i = 0; i < writers.length; i++) {
            out[i] = writers[i].finish();
        }
        return out;
    }

    /** A builder spilling to {@code java.io.tmpdir}. */
    public static Builder builder(List<ScoreColumn> columns) {
        return builder(columns, Path.of(System.getProperty("java.io.tmpdir")));
    }

    /** A builder spilling its columns to temporary files in {@code dir}. */
    public static Builder builder(List<ScoreColumn> columns, Path dir) {
        try {
            return new Builder(columns, dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the rank table's files in " + dir + ": " + e.getMessage(), e);
        }
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
        return records.getLong(row);
    }

    public double value(int column, int row) {
        return values[column].getFloat(row);
    }

    public double std(int column, int row) {
        return stds[column].getFloat(row);
    }

    public double adSimilarity(int column, int row) {
        return ads[column].getFloat(row);
    }

    /** A reported descriptor (index into {@link Descriptors#REPORTED}). */
    public double descriptor(int descriptorIndex, int row) {
        return descriptors[descriptorIndex].getFloat(row);
    }

    /**
     * Scaffold id, -1 for compounds without a ring scaffold. Equal scaffolds (by a 64-bit hash of
     * their SMILES) get equal ids, numbered in the order they are first asked for.
     */
    public int scaffold(int row) {
        long h = scaffoldHashes.getLong(row);
        return h == 0 ? -1 : scaffoldIds.computeIfAbsent(h, k -> scaffoldIds.size());
    }

    /** ECFP4 fingerprint, or null when none was given. */
    public Fingerprint fingerprint(int row) {
        if (row < 0 || row >= size) {
            throw new IndexOutOfBoundsException("row " + row + " of " + size);
        }
        if (!hasFingerprint.get(row)) {
            return null;
        }
        return new Fingerprint(fingerprints.getLongs(row, Fingerprint.wordCount(fingerprintLength)), fingerprintLength);
    }

    /** Whether every row has a fingerprint (and there is at least one row). */
    public boolean allHaveFingerprints() {
        return size > 0 && hasFingerprint.cardinality() == size;
    }

    public boolean isFiltered(int row) {
        return filtered.get(row);
    }

    /** Why the row is filtered, or the empty string. */
    public String filterReason(int row) {
        return filtered.get(row) ? filterReasons.get(row) : "";
    }

    public int filteredCount() {
        return filtered.cardinality();
    }

    /** 64-bit FNV-1a hash of a scaffold SMILES, never 0 (0 = no scaffold). */
    static long scaffoldHash(String scaffold) {
        if (scaffold.isEmpty()) {
            return 0;
        }
        long h = 0xcbf29ce484222325L;
        for (byte b : scaffold.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return h == 0 ? 1 : h;
    }

    /** Accumulates rows in input order. Not thread-safe. */
    public static final class Builder {
        private final List<ScoreColumn> columns;
        private final String[] keys;
        private final Set<String> keySet;
        private final Path dir;
        private int size;
        private final MappedColumn.Writer records;
        private final MappedColumn.Writer[] values;
        private final MappedColumn.Writer[] stds;
        private final MappedColumn.Writer[] ads;
        private final MappedColumn.Writer[] descriptors;
        private final MappedColumn.Writer scaffolds;
        private MappedColumn.Writer fingerprints;
        private int fingerprintLength;
        private final BitSet hasFingerprint = new BitSet();
        private final BitSet filtered = new BitSet();
        private final MappedText.Writer reasons;
        private boolean built;

        private Builder(List<ScoreColumn> columns, Path dir) throws IOException {
            this.columns = List.copyOf(columns);
            // interned: a candidate built with the same keys finds its scores by identity
            this.keys = this.columns.stream().map(c -> c.key().intern()).toArray(String[]::new);
            this.keySet = Set.of(keys);
            this.dir = dir;
            int k = keys.length;
            records = new MappedColumn.Writer(dir, 8);
            values = floats(k);
            stds = floats(k);
            ads = floats(k);
            descriptors = floats(Descriptors.REPORTED.size());
            scaffolds = new MappedColumn.Writer(dir, 8);
            reasons = new MappedText.Writer(dir);
        }

        private MappedColumn.Writer[] floats(int n) throws IOException {
            MappedColumn.Writer[] w = new MappedColumn.Writer[n];
            for (int i = 0; i < n; i++) {
                w[i] = new MappedColumn.Writer(dir, 4);
            }
            return w;
        }

        /** Adds a compound; returns its row. {@code filterReason} is empty when it passes. */
        public int add(Candidate c, String filterReason) {
            if (built) {
                throw new IllegalStateException("table already built; cannot add record " + c.record());
            }
            for (String key : c.scores().keySet()) {
                if (!keySet.contains(key)) {
                    throw new IllegalArgumentException("record " + c.record() + " (" + c.id() + ") has score '" + key
                            + "' but the screen's score columns are " + Arrays.toString(keys));
                }
            }
            Fingerprint fp = c.ecfp4();
            if (fp != null && fingerprintLength != 0 && fp.length() != fingerprintLength) {
                throw new IllegalArgumentException("record " + c.record() + " (" + c.id() + ") has a " + fp.length()
                        + "-bit fingerprint; the others have " + fingerprintLength + " bits");
            }
            int row = size;
            try {
                records.putLong(c.record());
                for (int i = 0; i < keys.length; i++) {
                    Score s = c.score(keys[i]);
                    values[i].putFloat((float) s.value());
                    stds[i].putFloat((float) s.std());
                    ads[i].putFloat((float) s.adSimilarity());
                }
                for (int d = 0; d < Descriptors.REPORTED.size(); d++) {
                    descriptors[d].putFloat((float) c.descriptor(Descriptors.REPORTED.get(d)));
                }
                scaffolds.putLong(scaffoldHash(c.scaffold()));
                if (fp != null && fingerprints == null) {
                    fingerprintLength = fp.length();
                    fingerprints = new MappedColumn.Writer(dir, Integer.highestOneBit(
                            Math.max(8, 8 * Fingerprint.wordCount(fingerprintLength) * 2 - 1)));
                    for (int r = 0; r < row; r++) {
                        fingerprints.putLongs(null);
                    }
                }
                if (fingerprints != null) {
                    fingerprints.putLongs(fp == null ? null : fp.words());
                }
                if (fp != null) {
                    hasFingerprint.set(row);
                }
                boolean isFiltered = filterReason != null && !filterReason.isEmpty();
                reasons.put(isFiltered ? filterReason : "");
                if (isFiltered) {
                    filtered.set(row);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("record " + c.record() + ": cannot write the rank table in " + dir
                        + ": " + e.getMessage(), e);
            }
            size++;
            return row;
        }

        public int size() {
            return size;
        }

        /** Maps the columns written; the builder cannot be used afterwards. */
        public RankTable build() {
            if (built) {
                throw new IllegalStateException("table already built");
            }
            built = true;
            try {
                return new RankTable(this);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot map the rank table in " + dir + ": " + e.getMessage(), e);
            }
        }
    }
}
