package io.vscreen.libraries;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.vscreen.chem.testing.SharedData;

/** Shards read and parsed in parallel threads (as batch partitions are) give the sequential result. */
class ParallelShardsTest {

    /** What an outcome says, independent of object identity: number, id, and atom count or reason. */
    static String summary(Outcome o) {
        return o.number() + " " + o.id() + " " + (o instanceof Outcome.Parsed p
                ? p.molecule().getAtomCount() + " atoms" : ((Outcome.Rejected) o).reject().reason());
    }

    static List<String> read(LibrarySpec spec, Shard shard) throws IOException {
        List<String> list = new ArrayList<>();
        try (LibraryReader r = Libraries.open(spec, shard)) {
            for (Outcome o; (o = r.next()) != null; ) {
                list.add(summary(o));
            }
        }
        return list;
    }

    @Test
    void fourThreadsOnTox21() throws Exception {
        Path path = SharedData.file("moleculenet/tox21.csv");
        LibrarySpec spec = LibrarySpec.of(path);
        List<String> sequential = read(spec, Shard.whole());
        List<Shard> shards = Shards.split(spec, 4);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> parts = new ArrayList<>();
            for (Shard s : shards) {
                parts.add(pool.submit(() -> read(spec, s)));
            }
            List<String> parallel = new ArrayList<>();
            for (Future<List<String>> f : parts) {
                parallel.addAll(f.get());
            }
            assertEquals(sequential, parallel);
            assertEquals(7048, parallel.size());
        } finally {
            pool.shutdown();
        }
    }
}
