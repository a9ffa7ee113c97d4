package io.vscreen.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.vscreen.chem.testing.SharedData;
import io.vscreen.reports.html.AtomAttribution;
import io.vscreen.reports.output.OutputFile;
import io.vscreen.reports.rank.Ranking;
import io.vscreen.reports.rank.RankingConfig;
import io.vscreen.reports.store.SpillingCandidateStore;
import io.vscreen.reports.testing.ZincScreen;

/** A report on 100,000 ZINC compounds (synthetic scores) stays small: the plots summarise. */
class LargeReportTest {

    @Test
    void reportOnOneHundredThousandCompoundsStaysSmall(@TempDir Path dir) throws Exception {
        List<String> smiles = ZincScreen.smiles(SharedData.file("library/zinc.txt.gz"), 100_000);
        RankingConfig config = RankingConfig.defaults().withTopN(50)
                .withFilters(new RankingConfig.Filters(0, null, null, null))
                .withDiversity(RankingConfig.Diversity.of(RankingConfig.DiversityMethod.NONE, 0.55, 2));
        Random rnd = new Random(5);
        long t0 = System.nanoTime();
        try (ScreenResults results = new ScreenResults(ZincScreen.COLUMNS, config, new SpillingCandidateStore(dir))) {
            for (int i = 0; i < smiles.size(); i++) {
                results.add(ZincScreen.candidate(i, smiles.get(i), rnd, null, null));
            }
            long t1 = System.nanoTime();
            Ranking ranking = results.rank();
            long t2 = System.nanoTime();
            RunInfo run = new RunInfo("zinc.txt.gz (first 100,000, synthetic scores)", 100_000, 100_000, 0, 0,
                    List.of(), Map.of(), Instant.parse("2024-06-11T10:00:00Z"), Instant.parse("2024-06-11T10:05:00Z"));
            List<OutputFile> files = new ScreenOutputs(AtomAttribution.none()).write(dir, run, results, ranking);
            long t3 = System.nanoTime();
            System.out.printf("add %.1f s, rank %.1f s, outputs %.1f s%n", (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9);
            long html = Files.size(dir.resolve("report.html"));
            Files.copy(dir.resolve("report.html"), Path.of("target/large-report.html"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            System.out.printf("100,000 compounds: report.html %,d bytes, ranked.csv %,d bytes%n", html,
                    Files.size(dir.resolve("ranked.csv")));
            assertTrue(html < 3_000_000, "report.html is " + html + " bytes");
            String page = Files.readString(dir.resolve("report.html"));
            assertEquals(50, page.split("<tr class=\"hit\"", -1).length - 1);
            assertTrue(page.contains("id='plot-eff-tox'") || page.contains("id=\"plot-eff-tox\""));
            try (var lines = Files.lines(dir.resolve("ranked.csv"))) {
                assertEquals(100_001, lines.count());
            }
            assertEquals(4, files.size());
        }
    }
}
