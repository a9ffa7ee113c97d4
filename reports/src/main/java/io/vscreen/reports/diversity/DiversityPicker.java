package io.vscreen.reports.diversity;

/**
 * Chooses the top N of a ranked list under a diversity rule. Implementations are immutable and
 * deterministic: the same ranked rows give the same pick.
 */
public interface DiversityPicker {

    /**
     * Picks up to {@code n} rows.
     *
     * @param ranked         candidate rows, best first (filtered compounds already removed)
     * @param space          similarity and scaffolds of the rows
     * @param n              how many to pick
     * @param maxPerScaffold at most this many per Murcko scaffold (0 = no limit)
     * @return the picked rows in rank order (a subsequence of {@code ranked})
     */
    int[] pick(int[] ranked, CompoundSpace space, int n, int maxPerScaffold);

    /** A short description for the report, e.g. {@code sphere exclusion, Tanimoto < 0.55}. */
    String describe();
}
