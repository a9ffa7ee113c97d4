package io.vscreen.models.data;

/** A training-table row that was left out, with the reason a chemist can act on. */
public record RejectedRow(long record, String smiles, String reason) {
    @Override
    public String toString() {
        return "record " + record + " (" + smiles + "): " + reason;
    }
}
