package io.vscreen.screening.batch;

import java.io.IOException;

/** Lets the rank benchmark call the rank step's work outside a job. */
public final class RankBenchmarkAccess {

    private RankBenchmarkAccess() {
    }

    public static ScreenCounts rank(ScreenParameters parameters, ScreenPlan plan) throws IOException {
        return RankResults.rank(parameters, plan, RankResults.SORT_MEMORY);
    }
}
