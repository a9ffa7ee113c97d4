package io.vscreen.reports.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.vscreen.reports.Candidate;
import io.vscreen.reports.RunInfo;
import io.vscreen.reports.ScreenOutputs;
import io.vscreen.reports.ScreenResults;
import io.vscreen.reports.html.FingerprintOcclusion;
import io.vscreen.reports.output.OutputFile;
import io.vscreen.reports.rank.Ranking;
import io.vscreen.reports.rank.RankingConfig;
import io.vscreen.reports.store.InMemoryCandidateStore;

/** TEST FIXTURE: runs the outputs on the 50 drugs of {@link DrugFixture} with synthetic scores. */
public final class DrugScreen {

    /** The outcome of one fixture run. */
    public record Run(List<Candidate> candidates, Ranking ranking, List<OutputFile> files, Path dir) {
    }

    private DrugScreen() {
    }

    public static RankingConfig config(int topN) {
        return RankingConfig.defaults().withTopN(topN)
                .withFilters(new RankingConfig.Filters(1, true, List.of("fixture:alkyl"), null))
                .withDiversity(RankingConfig.Diversity.of(RankingConfig.DiversityMethod.SPHERE, 0.6, 3));
    }

    public static Run write(Path dir, RankingConfig config) throws IOException {
        List<Candidate> candidates = DrugFixture.candidates();
        try (ScreenResults results = new ScreenResults(DrugFixture.COLUMNS, config, new InMemoryCandidateStore())) {
            for (Candidate c : candidates) {
                results.add(c);
            }
            Ranking ranking = results.rank();
            RunInfo run = new RunInfo("BBBP.csv (50 named drugs, synthetic scores)", 52, 50, 1, 1,
                    List.of(new RunInfo.ModelInfo("demo", "0.0-fixture", Map.of(
                            "training data", "none: synthetic test fixture scores",
                            "featurizer", "ecfp4:2048"))),
                    Map.of("rank", config.rank().json(), "top", Integer.toString(config.topN())),
                    Instant.parse("2024-06-11T10:00:00Z"), Instant.parse("2024-06-11T10:00:04Z"));
            ScreenOutputs outputs = new ScreenOutputs(new FingerprintOcclusion(DrugFixture.ECFP4,
                    DrugFixture::efficacy, DrugFixture.ACTIVE.key()));
            List<OutputFile> files = outputs.write(dir, run, results, ranking);
            return new Run(candidates, ranking, files, dir);
        }
    }
}
