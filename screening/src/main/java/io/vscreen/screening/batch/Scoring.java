package io.vscreen.screening.batch;

import io.vscreen.chem.prepare.PreparationOptions;

/** Chooses the compound preparation and the {@link BatchScorer} of a screen from its parameters. */
final class Scoring {

    private Scoring() {
    }

    /** A new scorer for one partition (or for the rank step's column names). */
    static BatchScorer forScreen(ScreenParameters parameters) {
        return new DrugLikenessScorer();
    }

    /**
     * What the processor computes for every compound: standardization, descriptors, PAINS and
     * Brenk alerts, scaffold. No fingerprint: the few compounds that need one for the report get
     * it there, which keeps the partition files small.
     */
    static PreparationOptions preparation(ScreenParameters parameters) {
        return PreparationOptions.defaults().withFingerprint(null);
    }
}
