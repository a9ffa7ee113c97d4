package io.vscreen.screening.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.vscreen.reports.RunInfo;
import io.vscreen.reports.ScoreColumn;
import io.vscreen.reports.rank.Ranking;
import io.vscreen.reports.rank.RankingConfig;

/** Lets the rank benchmark call the rank and report steps' work outside a job. */
public final class RankBenchmarkAccess {

    private RankBenchmarkAccess() {
    }

    /** The rank step's merge and de-duplication; also writes the counts file, as the step does. */
    public static ScreenCounts rank(ScreenParameters parameters, ScreenPlan plan) throws IOException {
        ScreenCounts counts = RankResults.rank(parameters, plan, RankResults.SORT_MEMORY);
        counts.write(parameters.files().counts());
        return counts;
    }

    /** The report step on the merged results: ranks them with these columns and writes the outputs. */
    public static Ranking report(ScreenParameters parameters, ScreenCounts counts, List<ScoreColumn> columns,
                                 RankingConfig config) throws Exception {
        BatchScorer scorer = new BatchScorer() {
            @Override
            public List<ScoreColumn> columns() {
                return columns;
            }

            @Override
            public double[][] score(List<Processed.Prepared> compounds) {
                throw new UnsupportedOperationException("the benchmark does not score");
            }

            @Override
            public List<RunInfo.ModelInfo> models() {
                return List.of();
            }
        };
        Instant start = Instant.now();
        List<String> names = parameters.libraries().stream().map(Path::getFileName).map(Path::toString).toList();
        return ReportResults.write(parameters.files(), columns, config, names, scorer, r -> new RunInfo(
                String.join(", ", names), counts.read(), counts.scored(), counts.rejected(), counts.duplicates(),
                List.of(), Map.of(), start, Instant.now()));
    }
}
