package io.vscreen.libraries;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.vscreen.chem.testing.SharedData;

/**
 * Throughput of reading a library: records/s framing only (count), reading records, and reading
 * with parsing (one thread, then one thread per shard). Run from the repository root:
 * <pre>
 * ./mvnw -q -B -o -pl libraries -am test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt
 * java -cp "libraries/target/classes:libraries/target/test-classes:chem/target/test-classes:$(cat libraries/target/test-classpath.txt)" \
 *     io.vscreen.libraries.LibraryReadBenchmark [library] [threads]
 * </pre>
 * Default library: ZINC250k ({@code library/zinc.txt.gz}) from the shared data.
 */
public final class LibraryReadBenchmark {
    private LibraryReadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path path = args.length > 0 ? Path.of(args[0]) : SharedData.dir().resolve("library/zinc.txt.gz");
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
        LibrarySpec spec = LibrarySpec.of(path);
        for (int round = 1; round <= 3; round++) {
            System.out.println("round " + round + ": " + path);
            long t0 = System.nanoTime();
            long n = Libraries.count(spec);
            report("count (framing only)", n, t0);

            t0 = System.nanoTime();
            long records = 0;
            try (RecordReader r = Libraries.openRecords(spec)) {
                while (r.next() != null) {
                    records++;
                }
            }
            report("records (no parsing)", records, t0);

            t0 = System.nanoTime();
            List<Shard> shards = Shards.split(spec, 8);
            report("split into 8 shards", n, t0);

            if (round == 3) {
                t0 = System.nanoTime();
                long[] tally = parseAll(spec, Shard.whole());
                report("parsed, 1 thread (" + tally[1] + " rejects)", tally[0], t0);

                t0 = System.nanoTime();
                List<Shard> parts = Shards.split(spec, threads);
                ExecutorService pool = Executors.newFixedThreadPool(threads);
                long total = 0;
                try {
                    List<Future<long[]>> futures = parts.stream().map(s -> pool.submit(() -> parseAll(spec, s))).toList();
                    for (Future<long[]> f : futures) {
                        total += f.get()[0];
                    }
                } finally {
                    pool.shutdown();
                }
                report("parsed, " + threads + " threads by shard", total, t0);
            }
        }
    }

    static long[] parseAll(LibrarySpec spec, Shard shard) throws IOException {
        long n = 0;
        long rejects = 0;
        try (LibraryReader r = Libraries.open(spec, shard)) {
            for (Outcome o; (o = r.next()) != null; ) {
                n++;
                if (o instanceof Outcome.Rejected) {
                    rejects++;
                }
            }
        }
        return new long[] {n, rejects};
    }

    static void report(String what, long records, long t0) {
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.printf("  %-40s %,9d records in %6.2f s = %,10.0f records/s%n", what, records, s, records / s);
    }
}
