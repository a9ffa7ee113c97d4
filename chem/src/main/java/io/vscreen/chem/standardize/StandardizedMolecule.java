package io.vscreen.chem.standardize;

import java.util.Objects;

import org.openscience.cdk.interfaces.IAtomContainer;

/**
 * The outcome of {@link Standardizer#standardize}: the standardized structure (hydrogens implicit,
 * aromaticity perceived), its canonical isomeric SMILES and its standard InChIKey.
 *
 * @param molecule the standardized structure; owned by the caller from now on
 * @param smiles   canonical isomeric SMILES with aromatic symbols (CDK canonical order)
 * @param inchiKey standard InChIKey, or the empty string when InChI was switched off or could not
 *                 be computed for this structure (see {@link Standardizer})
 */
public record StandardizedMolecule(IAtomContainer molecule, String smiles, String inchiKey) {
    public StandardizedMolecule {
        Objects.requireNonNull(molecule, "molecule");
        Objects.requireNonNull(smiles, "smiles");
        Objects.requireNonNull(inchiKey, "inchiKey");
    }

    /** Whether an InChIKey is present. */
    public boolean hasInchiKey() {
        return !inchiKey.isEmpty();
    }
}
