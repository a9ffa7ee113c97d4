package io.vscreen.chem.standardize;

/**
 * Which standardization steps {@link Standardizer} applies. Immutable; start from
 * {@link #DEFAULTS} (every step on) and switch steps off with the withers.
 *
 * @param largestFragment keep only the largest organic fragment (salts, counter-ions, solvents dropped)
 * @param neutralize      neutralize acid/base charges (carboxylates protonated, ammoniums deprotonated)
 * @param aromatize       perceive Daylight aromaticity (otherwise the input's aromatic flags are kept)
 * @param inchiKey        compute the standard InChIKey (off gives an empty key; it saves little, since
 *                        the InChI run that orders the canonical SMILES gives the key)
 */
public record StandardizerOptions(boolean largestFragment, boolean neutralize, boolean aromatize,
                                  boolean inchiKey) {

    /** Every step on. */
    public static final StandardizerOptions DEFAULTS = new StandardizerOptions(true, true, true, true);

    public StandardizerOptions withLargestFragment(boolean on) {
        return new StandardizerOptions(on, neutralize, aromatize, inchiKey);
    }

    public StandardizerOptions withNeutralize(boolean on) {
        return new StandardizerOptions(largestFragment, on, aromatize, inchiKey);
    }

    public StandardizerOptions withAromatize(boolean on) {
        return new StandardizerOptions(largestFragment, neutralize, on, inchiKey);
    }

    public StandardizerOptions withInchiKey(boolean on) {
        return new StandardizerOptions(largestFragment, neutralize, aromatize, on);
    }
}
