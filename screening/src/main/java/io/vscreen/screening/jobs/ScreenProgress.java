package io.vscreen.screening.jobs;

/**
 * How far the scoring of a screen has come.
 *
 * @param done  records read and committed by the scoring partitions
 * @param total records in the screen's libraries (0 while the plan is not made yet)
 * @param step  the step running now ({@code plan}, {@code score}, {@code rank}, {@code report}),
 *              or "" when none is
 */
public record ScreenProgress(long done, long total, String step) {

    public ScreenProgress {
        step = step == null ? "" : step;
    }

    public ScreenProgress(long done, long total) {
        this(done, total, "");
    }

    /** Completed fraction in [0, 1]; 0 while the total is unknown. */
    public double fraction() {
        return total <= 0 ? 0.0 : Math.min(1.0, (double) done / total);
    }

    @Override
    public String toString() {
        return total <= 0 ? "-" : String.format("%d/%d (%.1f%%)", done, total, 100.0 * fraction());
    }
}
