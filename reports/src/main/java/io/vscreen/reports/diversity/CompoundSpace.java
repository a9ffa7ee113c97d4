package io.vscreen.reports.diversity;

/**
 * What diversity selection needs to know about compounds, addressed by row number: how similar
 * two are (ECFP4 Tanimoto in the screening job) and which Murcko scaffold each has.
 */
public interface CompoundSpace {

    /** Similarity of two rows in [0, 1]. */
    double similarity(int a, int b);

    /**
     * Similarities of one row to several: {@code out[i] = similarity(a, others[i])}. Spaces that
     * can look row {@code a} up once override it.
     */
    default void similarities(int a, int[] others, double[] out) {
        for (int i = 0; i < others.length; i++) {
            out[i] = similarity(a, others[i]);
        }
    }

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
