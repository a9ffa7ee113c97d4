package io.vscreen.screening.pipeline;

import java.util.Objects;

import io.vscreen.chem.prepare.PreparedCompound;
import io.vscreen.libraries.Entry;

/**
 * One library record after preparation: the compound, or the reason it was rejected. Every
 * record of a library yields exactly one.
 *
 * @param entry       the record (or the reader's reject) as read from the file
 * @param inputSmiles the structure as given (SMILES as written; for molfiles, SMILES of the parsed
 *                    structure before standardization; "" when it could not be parsed)
 * @param compound    the prepared compound, or null when rejected
 * @param error       the reject reason, or null when prepared
 */
public record PreparedRecord(Entry entry, String inputSmiles, PreparedCompound compound, String error) {
    public PreparedRecord {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(inputSmiles, "inputSmiles");
        if ((compound == null) == (error == null)) {
            throw new IllegalArgumentException("exactly one of compound and error");
        }
    }

    public boolean ok() {
        return compound != null;
    }

    public long number() {
        return entry.number();
    }

    public String id() {
        return entry.id();
    }
}
