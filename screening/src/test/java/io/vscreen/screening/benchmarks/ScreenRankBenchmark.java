package io.vscreen.screening.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

import io.vscreen.chem.fingerprints.Fingerprint;
import io.vscreen.reports.ScoreColumn;
import io.vscreen.reports.rank.Ranking;
import io.vscreen.reports.rank.RankingConfig;
import io.vscreen.screening.batch.RankBenchmarkAccess;
import io.vscreen.screening.batch.ResultLine;
import io.vscreen.screening.batch.ScreenCounts;
import io.vscreen.screening.batch.ScreenParameters;
import io.vscreen.screening.batch.ScreenPlan;

/**
 * Measures the rank and report steps of a screen on N synthetic scored compounds: merge and
 * de-duplicate (1% repeated InChIKeys), then composite ranking over an efficacy and two toxicity
 * scores with spreads and applicability domain, Pareto fronts, hard filters, sphere exclusion
 * with at most 3 per scaffold over 2048-bit ECFP4-like fingerprints (40 bits, drawn around 20,000
 * chemotypes), clusters for every compound, and the four outputs. Prints the time of each step,
 * the largest heap in use after a collection and the peak resident set (VmHWM, which includes
 * the memory-mapped rank table pages the system chose to keep). A second run in the same
 * directory re-uses the merged results and measures the report step alone. Run e.g.
 * {@code java -Xmx1g -cp ... io.vscreen.screening.benchmarks.ScreenRankBenchmark 10000000 /tmp/rank}.
 */
public final class ScreenRankBenchmark {

    private static final int PARTITIONS = 4;
    private static final int CHEMOTYPES = 20_000;

    private ScreenRankBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long n = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
        Path dir = Path.of(args.length > 1 ? args[1] : "target/screen-rank-benchmark");
        ScreenParameters parameters = SyntheticScreen.parameters(dir, PARTITIONS);
        List<ScoreColumn> columns = List.of(ScoreColumn.efficacy("bace", "Class"),
                ScoreColumn.toxicity("tox21", "SR-p53"), ScoreColumn.toxicity("clintox", "CT_TOX"));
        boolean reuse = Files.exists(parameters.files().unique()) && Files.exists(parameters.files().counts());
        ScreenPlan plan = null;
        if (!reuse) {
            long t0 = System.nanoTime();
            plan = generate(parameters, n);
            System.out.printf("generated %,d result lines in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
        }

        HeapSampler sampler = HeapSampler.start();
        long t1 = System.nanoTime();
        ScreenCounts counts;
        if (reuse) {
            counts = ScreenCounts.read(parameters.files().counts());
            System.out.println("re-using the merged results of an earlier run in " + dir + ": " + counts);
        } else {
            counts = RankBenchmarkAccess.rank(parameters, plan);
        }
        long t2 = System.nanoTime();
        System.out.printf("merge and de-duplicate: %.1f s (%s)%n", (t2 - t1) / 1e9, counts);
        RankingConfig config = RankingConfig.parse("""
                {"topN": 100,
                 "filters": {"maxLipinskiViolations": 1, "ranges": {"mw": {"max": 600}}},
                 "diversity": {"method": "sphere", "threshold": 0.55, "maxPerScaffold": 3}}""");
        Ranking ranking = RankBenchmarkAccess.report(parameters, counts, columns, config);
        long t3 = System.nanoTime();
        sampler.close();
        System.out.printf("rank and write outputs: %.1f s for %,d compounds (%.0f compounds/s), %d selected%n",
                (t3 - t2) / 1e9, ranking.size(), ranking.size() / ((t3 - t2) / 1e9), ranking.selected().length);
        System.out.printf("ranked.csv %,d bytes%n", Files.size(parameters.files().out().resolve("ranked.csv")));
        System.out.printf("largest heap in use after a collection %d MiB (max heap %d MiB)%n",
                sampler.largestLiveBytes() >> 20, Runtime.getRuntime().maxMemory() >> 20);
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM") || line.startsWith("VmRSS") || line.startsWith("RssFile")
                    || line.startsWith("RssAnon")) {
                System.out.println(line.replaceAll("\\s+", " "));
            }
        }
    }

    private static ScreenPlan generate(ScreenParameters parameters, long n) throws Exception {
        SplittableRandom random = new SplittableRandom(42);
        int[][] chemotypes = new int[CHEMOTYPES][];
        for (int c = 0; c < CHEMOTYPES; c++) {
            chemotypes[c] = random.ints(30, 0, 2048).toArray();
        }
        return SyntheticScreen.writeResults(parameters, n, random, (record, key) -> {
            int type = random.nextInt(CHEMOTYPES);
            int[] bits = new int[40];
            System.arraycopy(chemotypes[type], 0, bits, 0, 30);
            for (int b = 30; b < 40; b++) {
                bits[b] = random.nextInt(2048);
            }
            Fingerprint fp = Fingerprint.fromBits(2048, bits);
            double mw = 150 + random.nextDouble() * 500;
            double logp = -1 + random.nextDouble() * 7;
            int hbd = random.nextInt(7);
            int hba = random.nextInt(12);
            int lipinski = (mw > 500 ? 1 : 0) + (logp > 5 ? 1 : 0) + (hbd > 5 ? 1 : 0) + (hba > 10 ? 1 : 0);
            double qed = Math.round(random.nextDouble() * 1000) / 1000.0;
            String descriptors = String.format(java.util.Locale.ROOT,
                    "%.3f,%.3f,%.2f,%.2f,%d,%d,%d,%d,3,2,0.25,0,0,%.3f,%d,true", mw, mw - 0.1, logp,
                    20 + random.nextDouble() * 120, hbd, hba, random.nextInt(12), (int) (mw / 14), qed, lipinski);
            double active = round(random.nextDouble());
            double p53 = round(random.nextDouble() * 0.8);
            double ct = round(random.nextDouble() * 0.6);
            double ad = round(0.1 + random.nextDouble() * 0.8);
            return new ResultLine(record, 0, key, qed, "ZINC" + record, "CC(=O)NC1=CC=C(O)C=C1",
                    "scaffold-" + type, "", descriptors, ResultLine.fingerprintText(fp),
                    new double[] {active, round(random.nextDouble() * 0.3), ad, p53, round(random.nextDouble() * 0.3),
                            ad, ct, round(random.nextDouble() * 0.3), ad});
        });
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

}
