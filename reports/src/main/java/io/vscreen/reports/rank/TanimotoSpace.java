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
        Fingerprint fa;
        if (a == cache.lastRow) {
            fa = cache.last;
        } else {
            int slot = a % CACHED;
            fa = cache.rows[slot] == a ? cache.fingerprints[slot] : fingerprint(a);
            cache.lastRow = a;
            cache.last = fa;
        }
        int slot = b % CACHED;
        Fingerprint fb;
        if (cache.rows[slot] == b) {
            fb = cache.fingerprints[slot];
        } else {
            fb = fingerprint(b);
            cache.rows[slot] = b;
            cache.fingerprints[slot] = fb;
        }
        return Tanimoto.similarity(fa, fb);
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
