package io.vscreen.chem.fingerprints;

import org.openscience.cdk.interfaces.IAtomContainer;

import io.vscreen.chem.StructureException;

/**
 * Computes one kind of fingerprint ({@link #spec()}). Not thread-safe: create one per thread with
 * {@link FingerprintSpec#newFingerprinter()}.
 *
 * <p>Contract for every implementation: the input is a parsed molecule with implicit hydrogen counts
 * (as {@link io.vscreen.chem.MoleculeParser} produces; aromatic bonds of unset order are kekulized
 * on a copy); the molecule is not modified; the result depends only on the chemical graph, not on the atom or bond order or on
 * aromatic flags already present (aromaticity is perceived afresh), so a molecule and its canonical
 * SMILES parsed again give identical fingerprints.
 */
public interface Fingerprinter {

    /** What this fingerprinter computes. */
    FingerprintSpec spec();

    /**
     * The bit fingerprint, of length {@code spec().length()} (for count kinds: the folded counts
     * as presence bits).
     *
     * @throws StructureException if the molecule cannot be fingerprinted (the reason says why)
     */
    Fingerprint fingerprint(IAtomContainer mol) throws StructureException;

    /**
     * The unfolded feature counts. For MACCS the features are the bit positions 0..165 of the
     * present keys, each with count 1.
     *
     * @throws StructureException if the molecule cannot be fingerprinted
     */
    CountFingerprint counts(IAtomContainer mol) throws StructureException;

    /**
     * Writes the network input for this spec into {@code dst[offset .. offset + spec().length())}:
     * 0/1 bits for bit kinds, {@code log(1 + folded count)} for count kinds (see
     * {@link CountFingerprint#copyTo(float[], int, int)}).
     */
    default void featurize(IAtomContainer mol, float[] dst, int offset) throws StructureException {
        FingerprintSpec spec = spec();
        if (spec.kind().isCount()) {
            counts(mol).copyTo(dst, offset, spec.length());
        } else {
            fingerprint(mol).copyTo(dst, offset);
        }
    }
}
