package io.vscreen.reports.rank;

import io.vscreen.chem.fingerprints.Fingerprint;
import io.vscreen.chem.fingerprints.Tanimoto;
import io.vscreen.reports.diversity.CompoundSpace;

/**
 * The table's rows as a {@link CompoundSpace}: ECFP4 Tanimoto similarity (chem's
 * {@link Tanimoto}) and the scaffolds. A row without a fingerprint is an error when diversity
 * needs it. Each thread keeps the fingerprints of the rows it compared recently (the selected
 * compounds, compared again and again) in a small cache of its own, so they are read from the
 * table once; thread-safe.
 */
final class TanimotoSpace implements CompoundSpace {

    /** Slots of each thread's cache; a row goes to slot {@code row % CACHED}. */
    private static final int CACHED = 4096;

    private final RankTable table;
    private final ThreadLocal<Recent> recent = ThreadLocal.withInitial(Recent::new);

    /** One thread's recently read fingerprints, by row. */
    private static final class Recent {
        final int[] rows = new int[CACHED];
        final Fingerprint[] fingerprints = new Fingerprint[CACHED];
        int lastRow = -1;
        Fingerprint last;

        Recent() {
            java.util.Arrays.fill(rows, -1);
        }
    }

    TanimotoSpace(RankTable table) {
        this.table = table;
    }

    @Override
    public double similarity(int a, int b) {
        Recent cache = recent.get();
        return Tanimoto.similarity(first(cache, a), other(cache, b));
    }

    @Override
    public void similarities(int a, int[] others, double[] out) {
        Recent cache = recent.get();
        Fingerprint fa = first(cache, a);
        for (int i = 0; i < others.length; i++) {
            out[i] = Tanimoto.similarity(fa, other(cache, others[i]));
        }
    }

    /** The fingerprint of the row compared (the same row many times in a row). */
    private Fingerprint first(Recent cache, int a) {
        if (a != cache.lastRow) {
            int slot = a % CACHED;
            cache.last = cache.rows[slot] == a ? cache.fingerprints[slot] : fingerprint(a);
            cache.lastRow = a;
        }
        return cache.last;
    }

    /** The fingerprint of the row compared with (the selected compounds, again and again). */
    private Fingerprint other(Recent cache, int b) {
        int slot = b % CACHED;
        if (cache.rows[slot] != b) {
            Fingerprint f = fingerprint(b);
            cache.fingerprints[slot] = f;
            cache.rows[slot] = b;
        }
        return cache.fingerprints[slot];
    }

    @Override
    public boolean isThreadSafe() {
        return true;
    }

    private Fingerprint fingerprint(int row) {
        Fingerprint f = table.fingerprint(row);
        if (f == null) {
            throw new IllegalArgumentException("record " + table.record(row)
                    + " has no ECFP4 fingerprint; diversity selection and clusters need one for every compound");
        }
        return f;
    }

    @Override
    public int scaffold(int row) {
        return table.scaffold(row);
    }
}
