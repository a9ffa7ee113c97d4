package io.vscreen.screening.benchmarks;

import java.nio.file.Path;
import java.util.Random;

import io.vscreen.screening.batch.RankBenchmarkAccess;
import io.vscreen.screening.batch.ResultLine;
import io.vscreen.screening.batch.ScreenCounts;
import io.vscreen.screening.batch.ScreenParameters;
import io.vscreen.screening.batch.ScreenPlan;

/**
 * Measures the rank step (merge, de-duplicate by InChIKey, back to record order) on synthetic partition results of N
 * compounds, 1% of them repeated InChIKeys, and prints compounds/s and the peak heap. Run with a
 * small heap to show the sort stays inside it, e.g.
 * {@code java -Xmx1g -cp ... io.vscreen.screening.benchmarks.RankBenchmark 10000000 4 /tmp/rank}.
 */
public final class RankBenchmark {

    private RankBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long n = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
        int partitions = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        Path dir = Path.of(args.length > 2 ? args[2] : "target/rank-benchmark");
        ScreenParameters parameters = SyntheticScreen.parameters(dir, partitions);
        Random random = new Random(42);
        long t0 = System.nanoTime();
        ScreenPlan plan = SyntheticScreen.writeResults(parameters, n, random, (record, key) -> {
            double score = Math.round(random.nextDouble() * 1000) / 1000.0;
            return new ResultLine(record, 0, key, score, "ZINC" + record, "CC(=O)NC1=CC=C(O)C=C1", "C1=CC=CC=C1", "",
                    "151.165,151.063,1.35,49.33,2,2,1,11,1,1,0.125,0,0,0.595,0,true", "",
                    new double[] {score, 1 - score, 0.5});
        });
        System.out.printf("generated %d result lines in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
        HeapSampler sampler = HeapSampler.start();
        long t1 = System.nanoTime();
        ScreenCounts counts = RankBenchmarkAccess.rank(parameters, plan);
        double seconds = (System.nanoTime() - t1) / 1e9;
        sampler.close();
        System.out.printf("merged and de-duplicated %d compounds in %.1f s: %.0f compounds/s; %s%n", n, seconds, n / seconds, counts);
        System.out.printf("largest heap in use after a collection %d MiB (max heap %d MiB)%n",
                sampler.largestLiveBytes() >> 20, Runtime.getRuntime().maxMemory() >> 20);
    }
}
