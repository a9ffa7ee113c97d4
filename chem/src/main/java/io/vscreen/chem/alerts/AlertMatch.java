package io.vscreen.chem.alerts;

import java.util.Arrays;
import java.util.Objects;

/**
 * One alert a molecule raises and the atoms of one occurrence (indices into the matched
 * molecule, one per query atom, ascending), for highlighting the alert on a drawing.
 *
 * @param alert the alert
 * @param atoms matched molecule atom indices
 */
public record AlertMatch(Alert alert, int[] atoms) {
    public AlertMatch {
        Objects.requireNonNull(alert, "alert");
        atoms = atoms.clone();
    }

    @Override
    public int[] atoms() {
        return atoms.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AlertMatch m && m.alert.equals(alert) && Arrays.equals(m.atoms, atoms);
    }

    @Override
    public int hashCode() {
        return 31 * alert.hashCode() + Arrays.hashCode(atoms);
    }

    @Override
    public String toString() {
        return alert.id() + Arrays.toString(atoms);
    }
}
