package io.vscreen.reports.rank;

import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/** Runs a computation for every row of a table, shared out among threads when there are many. */
final class Rows {

    /** Fewer rows are done on the calling thread alone. */
    private static final int PARALLEL_ROWS = 10_000;

    private Rows() {
    }

    /**
     * Calls {@code body} once for each row {@code 0..n-1}, in no particular order and possibly
     * from several threads: the body must depend on its row alone and write only that row's
     * results (so they are the same whatever the threads).
     */
    static void each(int n, IntConsumer body) {
        if (n >= PARALLEL_ROWS) {
            IntStream.range(0, n).parallel().forEach(body);
        } else {
            for (int r = 0; r < n; r++) {
                body.accept(r);
            }
        }
    }
}
