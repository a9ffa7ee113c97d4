package io.vscreen.models.data;

/**
 * One usable row of a training table: its 1-based record number in the file, SMILES, fingerprint
 * on-bits, scaffold key and labels per task ({@code NaN} = not tested).
 */
public record LabelledMolecule(long record, String smiles, int[] onBits, String scaffold, double[] labels) {
}
