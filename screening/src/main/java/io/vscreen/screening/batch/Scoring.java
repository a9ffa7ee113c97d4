package io.vscreen.screening.batch;

/** Chooses the {@link BatchScorer} for a screen from its parameters. */
final class Scoring {

    private Scoring() {
    }

    /** A new scorer for one partition (or for the rank step's column names). */
    static BatchScorer forScreen(ScreenParameters parameters) {
        return new SizeOnlyScorer();
    }
}
