package io.vscreen.models.gnn;

/** How atom states are pooled into one molecule vector. */
public enum Readout {
    /** Average over the molecule's heavy atoms (size-independent). */
    MEAN,
    /** Sum over the molecule's heavy atoms (grows with molecule size). */
    SUM;

    /** Parses {@code mean} / {@code sum} (case-insensitive). */
    public static Readout parse(String s) {
        for (Readout r : values()) {
            if (r.name().equalsIgnoreCase(s.strip())) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown readout '" + s + "' (expected mean or sum)");
    }
}
