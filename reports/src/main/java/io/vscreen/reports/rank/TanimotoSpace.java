package io.vscreen.reports.rank;

import java.util.LinkedHashMap;
import java.util.Map;

import io.vscreen.chem.fingerprints.Fingerprint;
import io.vscreen.chem.fingerprints.Tanimoto;
import io.vscreen.reports.diversity.CompoundSpace;

/**
 * The table's rows as a {@link CompoundSpace}: ECFP4 Tanimoto similarity (chem's
 * {@link Tanimoto}) and the scaffolds. A row without a fingerprint is an error when diversity
 * needs it. Keeps the fingerprints of the most recently compared rows (the selected compounds,
 * compared again and again) so they are read from the table once; one instance per ranking
 * (not thread-safe).
 */
final class TanimotoSpace implements CompoundSpace {

    private static final int CACHED = 4096;

    private final RankTable table;
    private final Map<Integer, Fingerprint> recent = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, Fingerprint> eldest) {
            return size() > CACHED;
        }
    };
    private int lastRow = -1;
    private Fingerprint last;

    TanimotoSpace(RankTable table) {
        this.table = table;
    }

    @Override
    public double similarity(int a, int b) {
        Fingerprint fa;
        if (a == lastRow) {
            fa = last;
        } else {
            fa = recent.get(a);
            if (fa == null) {
                fa = fingerprint(a);
            }
            lastRow = a;
            last = fa;
        }
        Fingerprint fb = recent.get(b);
        if (fb == null) {
            fb = fingerprint(b);
            recent.put(b, fb);
        }
        return Tanimoto.similarity(fa, fb);
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
