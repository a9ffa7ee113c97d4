package io.vscreen.libraries;

import java.io.Serializable;
import java.util.Objects;

/**
 * A record that did not become a molecule, with the reason in words a chemist understands.
 *
 * @param number 1-based record number in the whole file
 * @param id     the id from the file, or {@code <file stem>:<number>}
 * @param raw    the record's raw text (unreadable bytes shown as U+FFFD, very long text cut)
 * @param reason why, e.g. "empty record", "ring bond 1 not closed", "CSV row has 3 fields, header has 5"
 */
public record Reject(long number, String id, String raw, String reason) implements Entry, Serializable {
    public Reject {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(reason, "reason");
    }
}
