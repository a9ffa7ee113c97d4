package io.vscreen.screening.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

import io.vscreen.screening.batch.ResultLine;
import io.vscreen.screening.batch.ScreenParameters;
import io.vscreen.screening.batch.ScreenPlan;
import io.vscreen.screening.batch.Shard;

/**
 * A synthetic screen for the rank benchmarks: the parameters of a screen of an empty library, and
 * the partition result files its score step would have left, N scored compounds cut into
 * consecutive record ranges, one partition per worker, 1% of them repeating the InChIKey of an
 * earlier record.
 */
final class SyntheticScreen {

    private SyntheticScreen() {
    }

    /** The result line of one compound, given its record number and InChIKey. */
    @FunctionalInterface
    interface Compound {
        ResultLine line(long record, String inchiKey);
    }

    /** A screen of an empty {@code library.smi} in {@code dir}, top 100, writing to {@code dir/out}. */
    static ScreenParameters parameters(Path dir, int partitions) throws IOException {
        Files.createDirectories(dir);
        Path library = dir.resolve("library.smi");
        Files.writeString(library, "");
        return new ScreenParameters(List.of(library), "", "", "", List.of(), null, 100, partitions, 256, 200,
                dir.resolve("out"));
    }

    /**
     * Writes the result and (empty) reject files of every partition and the plan, and returns the
     * plan. The InChIKey of each record is drawn from {@code random} before {@code compound} makes
     * its line, so one seed gives the same results every time.
     */
    static ScreenPlan writeResults(ScreenParameters parameters, long n, RandomGenerator random, Compound compound)
            throws IOException {
        Path library = parameters.libraries().get(0);
        int partitions = parameters.workers();
        List<Shard> shards = new ArrayList<>();
        long per = n / partitions;
        long record = 1;
        for (int p = 0; p < partitions; p++) {
            long count = p == partitions - 1 ? n - per * (partitions - 1) : per;
            shards.add(new Shard(p, 0, library, new io.vscreen.libraries.Shard(p, partitions, 0, 0, record, count), 0));
            Path file = parameters.files().partitionResults(p);
            Files.createDirectories(file.getParent());
            try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                for (long i = 0; i < count; i++, record++) {
                    long keySource = random.nextInt(100) == 0 ? random.nextLong(Math.max(1, record)) : record;
                    String key = String.format("%014X-UHFFFAOYSA-N", keySource);
                    w.write(compound.line(record, key).format());
                }
            }
            Files.createFile(parameters.files().partitionRejects(p));
        }
        ScreenPlan plan = new ScreenPlan(shards);
        plan.write(parameters.files().plan());
        return plan;
    }
}
