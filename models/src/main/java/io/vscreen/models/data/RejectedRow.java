package io.vscreen.models.data;

/**
 * A training-table row that was left out, with the reason a chemist can act on, and the labels
 * the row carried ({@code NaN} = not tested; empty when they were not kept).
 */
public record RejectedRow(long record, String smiles, String reason, double[] labels) {

    public RejectedRow {
        labels = labels == null ? new double[0] : labels;
    }

    /** A rejected row whose labels were not kept. */
    public RejectedRow(long record, String smiles, String reason) {
        this(record, smiles, reason, new double[0]);
    }

    @Override
    public String toString() {
        return "record " + record + " (" + smiles + "): " + reason;
    }
}
