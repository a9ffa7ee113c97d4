package io.vscreen.reports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;

import io.vscreen.chem.MoleculeParser;
import io.vscreen.chem.fingerprints.FingerprintSpec;
import io.vscreen.chem.fingerprints.Fingerprinter;
import io.vscreen.chem.testing.SharedData;
import io.vscreen.reports.html.AtomAttribution;
import io.vscreen.reports.rank.Ranking;
import io.vscreen.reports.rank.RankingConfig;
import io.vscreen.reports.store.SpillingCandidateStore;
import io.vscreen.reports.testing.ZincScreen;

/**
 * Benchmark (not a test): ranks N ZINC250k compounds with synthetic scores and real ECFP4
 * fingerprints, selects a diverse top 50 by sphere exclusion, writes all outputs, and prints
 * compounds per second for each stage and the output sizes.
 *
 * <pre>
 * ./mvnw -q -B -o -pl reports -am test-compile
 * java -cp "$(cat reports/target/bench.cp):reports/target/classes:reports/target/test-classes" \
 *     io.vscreen.reports.ReportBenchmark 100000 [pareto]
 * </pre>
 * (write the class path first with
 * {@code ./mvnw -q -B -o -pl reports dependency:build-classpath -Dmdep.outputFile=target/bench.cp}).
 */
public final class ReportBenchmark {

    private ReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        RankingConfig.RankMode mode = args.length > 1 ? RankingConfig.RankMode.of(args[1]) : RankingConfig.RankMode.COMPOSITE;
        System.setProperty("vscreen.data", System.getProperty("vscreen.data", Path.of("..", "shared", "data").toString()));
        List<String> smiles = ZincScreen.smiles(SharedData.file("library/zinc.txt.gz"), n);
        MoleculeParser parser = new MoleculeParser();
        Fingerprinter fp = FingerprintSpec.parse("ecfp4:2048").newFingerprinter();
        RankingConfig config = RankingConfig.defaults().withRank(mode).withTopN(50)
                .withFilters(new RankingConfig.Filters(1, null, null, null))
                .withDiversity(RankingConfig.Diversity.of(RankingConfig.DiversityMethod.SPHERE, 0.55, 2));
        Path dir = Files.createTempDirectory("vscreen-bench-");
        Random rnd = new Random(1);
        List<io.vscreen.reports.Candidate> candidates = new java.util.ArrayList<>(smiles.size());
        long t0 = System.nanoTime();
        for (int i = 0; i < smiles.size(); i++) {
            candidates.add(ZincScreen.candidate(i, smiles.get(i), rnd, parser, fp));
        }
        long t1 = System.nanoTime();
        try (ScreenResults results = new ScreenResults(ZincScreen.COLUMNS, config, new SpillingCandidateStore(dir))) {
            for (io.vscreen.reports.Candidate c : candidates) {
                results.add(c);
            }
            candidates = null;
            long t2 = System.nanoTime();
            Ranking ranking = results.rank();
            long t3 = System.nanoTime();
            RunInfo run = new RunInfo("zinc.txt.gz", n, n, 0, 0, List.of(), Map.of(), Instant.now(), Instant.now());
            new ScreenOutputs(AtomAttribution.none()).write(dir, run, results, ranking);
            long t4 = System.nanoTime();
            System.out.printf("%,d compounds (%s, sphere exclusion top 50)%n", n, mode.json());
            System.out.printf("  fingerprints (test fixture, chem ECFP4): %.1f s%n", (t1 - t0) / 1e9);
            System.out.printf("  collect (filters + spill):  %8.1f s  %,10.0f compounds/s%n", (t2 - t1) / 1e9, n / ((t2 - t1) / 1e9));
            System.out.printf("  rank + diversity + clusters: %7.1f s  %,10.0f compounds/s%n", (t3 - t2) / 1e9, n / ((t3 - t2) / 1e9));
            System.out.printf("  write outputs:              %8.1f s  %,10.0f compounds/s%n", (t4 - t3) / 1e9, n / ((t4 - t3) / 1e9));
            for (String f : List.of(ScreenOutputs.RANKED_CSV, ScreenOutputs.TOP_SDF, ScreenOutputs.REPORT_HTML, ScreenOutputs.SUMMARY_JSON)) {
                System.out.printf("  %-12s %,12d bytes%n", f, Files.size(dir.resolve(f)));
            }
        }
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(dir);
    }
}
