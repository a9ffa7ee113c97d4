package io.vscreen.screening.benchmarks;

import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import io.vscreen.screening.batch.RankBenchmarkAccess;
import io.vscreen.screening.batch.ResultLine;
import io.vscreen.screening.batch.ScreenCounts;
import io.vscreen.screening.batch.ScreenParameters;
import io.vscreen.screening.batch.ScreenPlan;
import io.vscreen.screening.batch.Shard;

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
        Files.createDirectories(dir);
        Path library = dir.resolve("library.smi");
        Files.writeString(library, "");
        ScreenParameters parameters = new ScreenParameters(List.of(library), "", "", "", List.of(), null, 100,
                partitions, 256, 200, dir.resolve("out"));
        Random random = new Random(42);
        List<Shard> shards = new ArrayList<>();
        long per = n / partitions;
        long record = 1;
        long t0 = System.nanoTime();
        for (int p = 0; p < partitions; p++) {
            long count = p == partitions - 1 ? n - per * (partitions - 1) : per;
            shards.add(new Shard(p, 0, library, new io.vscreen.libraries.Shard(p, partitions, 0, 0, record, count), 0));
            Path file = parameters.files().partitionResults(p);
            Files.createDirectories(file.getParent());
            try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                for (long i = 0; i < count; i++, record++) {
                    long keySource = random.nextInt(100) == 0 ? random.nextLong(Math.max(1, record)) : record;
                    String key = String.format("%014X-UHFFFAOYSA-N", keySource);
                    double score = Math.round(random.nextDouble() * 1000) / 1000.0;
                    w.write(new ResultLine(record, 0, key, score, "ZINC" + record, "CC(=O)NC1=CC=C(O)C=C1", "C1=CC=CC=C1",
                            "", "151.165,151.063,1.35,49.33,2,2,1,11,1,1,0.125,0,0,0.595,0,true", "",
                            new double[] {score, 1 - score, 0.5}).format());
                }
            }
            Files.createFile(parameters.files().partitionRejects(p));
        }
        ScreenPlan plan = new ScreenPlan(shards);
        plan.write(parameters.files().plan());
        System.out.printf("generated %d result lines in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
        long[] liveAfterGc = {0};
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                long live = 0;
                for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                    if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
                        live += pool.getCollectionUsage().getUsed();
                    }
                }
                liveAfterGc[0] = Math.max(liveAfterGc[0], live);
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        long t1 = System.nanoTime();
        ScreenCounts counts = RankBenchmarkAccess.rank(parameters, plan);
        double seconds = (System.nanoTime() - t1) / 1e9;
        sampler.interrupt();
        System.out.printf("merged and de-duplicated %d compounds in %.1f s: %.0f compounds/s; %s%n", n, seconds, n / seconds, counts);
        System.out.printf("largest heap in use after a collection %d MiB (max heap %d MiB)%n", liveAfterGc[0] >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
    }
}
