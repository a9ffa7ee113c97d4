package io.vscreen.reports;

import java.util.Arrays;
import java.util.Objects;

/**
 * A structural alert found in a compound.
 *
 * @param name  alert name as reported in {@code ranked.csv} (e.g. {@code PAINS:ene_rhod_A})
 * @param atoms indices of the matched atoms in the atom order of the compound's SMILES (the order
 *              in which CDK's SmilesParser creates them); may be empty when unknown
 */
public record AlertHit(String name, int[] atoms) {

    public AlertHit {
        Objects.requireNonNull(name, "name");
        atoms = atoms == null ? new int[0] : atoms.clone();
    }

    public static AlertHit named(String name) {
        return new AlertHit(name, new int[0]);
    }

    @Override
    public int[] atoms() {
        return atoms.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AlertHit a && a.name.equals(name) && Arrays.equals(a.atoms, atoms);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Arrays.hashCode(atoms);
    }

    @Override
    public String toString() {
        return name + Arrays.toString(atoms);
    }
}
