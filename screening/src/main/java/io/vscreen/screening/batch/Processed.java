package io.vscreen.screening.batch;

import org.openscience.cdk.interfaces.IAtomContainer;

import io.vscreen.chem.prepare.PreparedCompound;

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
     * @param identity standard InChIKey, or the canonical SMILES when there is none (duplicates
     *                 are found by it)
     * @param compound the standardized, described compound (its molecule is not thread-safe and
     *                 belongs to the chunk)
     */
    record Prepared(long record, int library, String id, String identity, PreparedCompound compound)
            implements Processed {

        /** Canonical SMILES. */
        public String smiles() {
            return compound.smiles();
        }

        /** The standardized molecule. */
        public IAtomContainer molecule() {
            return compound.standardized().molecule();
        }
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
