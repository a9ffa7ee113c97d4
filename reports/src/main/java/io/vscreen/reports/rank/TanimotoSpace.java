package io.vscreen.reports.rank;

import io.vscreen.chem.fingerprints.Fingerprint;
import io.vscreen.chem.fingerprints.Tanimoto;
import io.vscreen.reports.diversity.CompoundSpace;

/**
 * The table's rows as a {@link CompoundSpace}: ECFP4 Tanimoto similarity (chem's
 * {@link Tanimoto}) and the interned Murcko scaffolds. A row without a fingerprint is an error
 * when diversity needs it.
 */
final class TanimotoSpace implements CompoundSpace {
    private final RankTable table;

    TanimotoSpace(RankTable table) {
        this.table = table;
    }

    @Override
    public double similarity(int a, int b) {
        return Tanimoto.similarity(fingerprint(a), fingerprint(b));
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
