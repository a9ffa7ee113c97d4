package io.vscreen.reports.diversity;

/**
 * What diversity selection needs to know about compounds, addressed by row number: how similar
 * two are (ECFP4 Tanimoto in the screening job) and which Murcko scaffold each has.
 */
public interface CompoundSpace {

    /** Similarity of two rows in [0, 1]. */
    double similarity(int a, int b);

    /** Interned scaffold id of a row; negative for compounds without a ring scaffold. */
    int scaffold(int row);

    /**
     * Whether {@link #similarity} may be called from several threads at once (then clusters are
     * assigned in parallel); false unless an implementation says so.
     */
    default boolean isThreadSafe() {
        return false;
    }
}
