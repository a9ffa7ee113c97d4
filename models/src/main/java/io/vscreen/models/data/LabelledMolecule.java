package io.vscreen.models.data;

import io.vscreen.models.features.MoleculeFeatures;

/**
 * One usable row of a training table: its 1-based record number in the file, SMILES (as given in
 * the file), features (fingerprint positions, and counts and descriptors when the featurizer
 * computes them), scaffold key, labels per task ({@code NaN} = not tested) and the canonical SMILES
 * of the standardized molecule the features were computed from (empty when the table was read
 * without standardizing).
 */
public record LabelledMolecule(long record, String smiles, MoleculeFeatures features, String scaffold, double[] labels,
                               String standardizedSmiles) {

    public LabelledMolecule {
        standardizedSmiles = standardizedSmiles == null ? "" : standardizedSmiles;
    }

    /** A row read without standardizing. */
    public LabelledMolecule(long record, String smiles, MoleculeFeatures features, String scaffold, double[] labels) {
        this(record, smiles, features, scaffold, labels, "");
    }

    /** A row featurized with a bit fingerprint only. */
    public LabelledMolecule(long record, String smiles, int[] onBits, String scaffold, double[] labels) {
        this(record, smiles, MoleculeFeatures.ofBits(onBits), scaffold, labels);
    }

    /** The set fingerprint positions. */
    public int[] onBits() {
        return features.onBits();
    }
}
