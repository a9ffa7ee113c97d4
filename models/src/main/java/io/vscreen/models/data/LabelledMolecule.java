package io.vscreen.models.data;

import io.vscreen.models.features.MoleculeFeatures;

/**
 * One usable row of a training table: its 1-based record number in the file, SMILES (as given in
 * the file), features (fingerprint positions, and counts and descriptors when the featurizer
 * computes them), scaffold key and labels per task ({@code NaN} = not tested).
 */
public record LabelledMolecule(long record, String smiles, MoleculeFeatures features, String scaffold, double[] labels) {

    /** A row featurized with a bit fingerprint only. */
    public LabelledMolecule(long record, String smiles, int[] onBits, String scaffold, double[] labels) {
        this(record, smiles, MoleculeFeatures.ofBits(onBits), scaffold, labels);
    }

    /** The set fingerprint positions. */
    public int[] onBits() {
        return features.onBits();
    }
}
