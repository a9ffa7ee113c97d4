package io.vscreen.screening.cli;

import java.io.PrintWriter;
import java.time.Duration;

import io.vscreen.screening.jobs.ScreenProgress;

/**
 * Shows scoring progress: a bar redrawn in place on a terminal, plain lines at most every few
 * seconds otherwise (logs, pipes). Rate and ETA are measured from the first report, so a
 * restarted screen does not count the work done before the restart as fast.
 */
final class ProgressDisplay {

    private static final int WIDTH = 30;
    private static final java.util.Map<String, String> STEP_NAMES = java.util.Map.of(
            "rank", "ranking: merging partitions, removing duplicates, ordering by score",
            "report", "writing the report");

    private final PrintWriter out;
    private final boolean terminal;
    private final Duration plainInterval;
    private long startNanos = -1;
    private long startDone;
    private long lastPlain = Long.MIN_VALUE;
    private long lastPlainDone = -1;
    private boolean drawn;
    private String lastStep = "";
    private long lastShownDone = -1;

    ProgressDisplay(PrintWriter out, boolean terminal, Duration plainInterval) {
        this.out = out;
        this.terminal = terminal;
        this.plainInterval = plainInterval;
    }

    void update(ScreenProgress p) {
        long now = System.nanoTime();
        if (startNanos < 0) {
            startNanos = now;
            startDone = p.done();
        }
        if (p.total() <= 0) {
            return;
        }
        if (p.done() != lastShownDone || p.step().equals("score")) {
            showProgress(p, now);
        }
        lastShownDone = p.done();
        if (!p.step().equals(lastStep)) {
            String previous = lastStep;
            lastStep = p.step();
            if (STEP_NAMES.containsKey(p.step()) && !previous.isEmpty()) {
                if (terminal && drawn) {
                    out.println();
                    drawn = false;
                }
                out.println(STEP_NAMES.get(p.step()));
                out.flush();
            }
        }
    }

    private void showProgress(ScreenProgress p, long now) {
        double seconds = (now - startNanos) / 1e9;
        double rate = seconds > 0.5 ? (p.done() - startDone) / seconds : 0;
        String eta = rate > 0 ? formatDuration((long) ((p.total() - p.done()) / rate)) : "--:--";
        if (terminal) {
            int filled = (int) Math.round(p.fraction() * WIDTH);
            out.printf("\r[%s%s] %d/%d compounds  %.0f/s  ETA %s   ", "#".repeat(filled), ".".repeat(WIDTH - filled),
                    p.done(), p.total(), rate, eta);
            out.flush();
            drawn = true;
        } else if (p.done() != lastPlainDone && (lastPlain == Long.MIN_VALUE
                || now - lastPlain >= plainInterval.toNanos() || p.done() == p.total())) {
            out.printf("progress %d/%d compounds (%.1f%%), %.0f compounds/s, ETA %s%n", p.done(), p.total(),
                    100 * p.fraction(), rate, eta);
            out.flush();
            lastPlain = now;
            lastPlainDone = p.done();
        }
    }

    /** Ends the in-place bar with a line break. */
    void finish() {
        if (terminal && drawn) {
            out.println();
        }
    }

    static String formatDuration(long seconds) {
        long h = seconds / 3600;
        long m = (seconds % 3600) / 60;
        long s = seconds % 60;
        return h > 0 ? String.format("%d:%02d:%02d", h, m, s) : String.format("%d:%02d", m, s);
    }
}
