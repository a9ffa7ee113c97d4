package io.vscreen.screening.batch;

import org.openscience.cdk.interfaces.IAtomContainer;

/** What the processor makes of one record: a compound ready for scoring, or a reject. */
public sealed interface Processed permits Processed.Prepared, Processed.Rejected {

    /** Global record number. */
    long record();

    /**
     * A standardized compound.
     *
     * @param record   global record number
     * @param library  library index
     * @param id       identifier
     * @param smiles   canonical SMILES
     * @param inchiKey standard InChIKey (the identity used to find duplicates)
     * @param molecule the molecule, for featurization (not thread-safe; owned by the chunk)
     */
    record Prepared(long record, int library, String id, String smiles, String inchiKey, IAtomContainer molecule)
            implements Processed {
    }

    /**
     * A record that could not become a compound.
     *
     * @param record  global record number
     * @param library library index
     * @param id      identifier, may be empty
     * @param raw     the record's text
     * @param reason  why, in a chemist's words
     */
    record Rejected(long record, int library, String id, String raw, String reason) implements Processed {
    }
}
