package io.vscreen.reports.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.vscreen.reports.AlertHit;
import io.vscreen.reports.Candidate;
import io.vscreen.reports.Descriptors;
import io.vscreen.reports.Score;

/** Rules every {@link CandidateStore} keeps. */
abstract class CandidateStoreContractTest {

    @TempDir
    Path dir;

    abstract CandidateStore newStore(Path dir) throws IOException;

    static Candidate candidate(int i) {
        return Candidate.builder(1000L + i, "cmpd, \"" + i + "\"\nline two").source("lib é.sdf")
                .smiles("CC(=O)Oc1ccccc1C(=O)O" + "C".repeat(i % 7)).inchikey("BSYNRYMUTXBXSQ-UHFFFAOYSA-N")
                .descriptor(Descriptors.MW, 180.16 + i).descriptor(Descriptors.QED, 0.55)
                .alerts(List.of(new AlertHit("PAINS:x", new int[] {1, 2, 3}), AlertHit.named("Brenk:ester")))
                .scaffold(i % 2 == 0 ? "c1ccccc1" : "")
                .score("m.a", new Score(0.1 * (i % 10), 0.05, 0.4))
                .score("m.b", Score.missing())
                .build();
    }

    @Test
    void returnsEveryCandidateByRowUnchanged() throws IOException {
        try (CandidateStore store = newStore(dir)) {
            List<Candidate> in = new ArrayList<>();
            for (int i = 0; i < 3000; i++) {
                Candidate c = candidate(i);
                in.add(c);
                assertEquals(i, store.add(c));
            }
            assertEquals(3000, store.size());
            for (int i = 2999; i >= 0; i -= 7) {
                Candidate expected = in.get(i);
                Candidate actual = store.get(i);
                assertEquals(expected.record(), actual.record());
                assertEquals(expected.id(), actual.id());
                assertEquals(expected.source(), actual.source());
                assertEquals(expected.smiles(), actual.smiles());
                assertEquals(expected.inchikey(), actual.inchikey());
                assertEquals(expected.descriptors(), actual.descriptors());
                assertEquals(expected.alerts(), actual.alerts());
                assertEquals(expected.scaffold(), actual.scaffold());
                assertEquals(expected.scores(), actual.scores());
            }
            assertThrows(IndexOutOfBoundsException.class, () -> store.get(3000));
        }
    }
}

class InMemoryCandidateStoreTest extends CandidateStoreContractTest {
    @Override
    CandidateStore newStore(Path dir) {
        return new InMemoryCandidateStore();
    }
}

class SpillingCandidateStoreTest extends CandidateStoreContractTest {
    @Override
    CandidateStore newStore(Path dir) throws IOException {
        return new SpillingCandidateStore(dir);
    }

    @Test
    void readsBackEveryKindOfNumberBitForBit() throws IOException {
        double[] numbers = {0.8342f, 0.1, -0.0, 0.0, Double.NaN, Double.longBitsToDouble(0x7ff8000000000001L),
                Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE, Double.MAX_VALUE, 3, -1e300,
                325.38300000000004};
        try (SpillingCandidateStore store = new SpillingCandidateStore(dir)) {
            for (double v : numbers) {
                store.add(Candidate.builder(1, "x").smiles("C").descriptor("d", v).score("m.a", new Score(v, v, v)).build());
            }
            for (int i = 0; i < numbers.length; i++) {
                Candidate c = store.get(i);
                long expected = Double.doubleToRawLongBits(numbers[i]);
                assertEquals(expected, Double.doubleToRawLongBits(c.descriptor("d")), "descriptor " + numbers[i]);
                assertEquals(expected, Double.doubleToRawLongBits(c.score("m.a").value()), "score " + numbers[i]);
                assertEquals(expected, Double.doubleToRawLongBits(c.score("m.a").adSimilarity()), "ad " + numbers[i]);
            }
        }
    }

    @Test
    void recordsStayWholeAcrossMappingsAndReadsMayComeBetweenAdds() throws IOException {
        // 4 KiB mappings and a dictionary of 3 names: records skip to the next mapping, names spill
        try (SpillingCandidateStore store = new SpillingCandidateStore(dir, 12, 3)) {
            List<Candidate> in = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                Candidate c = Candidate.builder(i, "c" + i).smiles("C".repeat(1 + i % 300)).source("lib" + (i % 5))
                        .descriptor("d" + (i % 4), i).alerts(List.of(new AlertHit("A" + i, new int[] {i, 0})))
                        .score("m.a", new Score(i / 3.0, 0.5, Double.NaN)).build();
                in.add(c);
                store.add(c);
                if (i % 7 == 0) {
                    assertEquals(in.get(i / 2), store.get(i / 2));
                    assertEquals(c, store.get(i));
                }
            }
            for (int i = 0; i < in.size(); i++) {
                assertEquals(in.get(i), store.get(i), "row " + i);
            }
            assertThrows(IOException.class, () -> store.add(Candidate.builder(1, "big").smiles("C".repeat(5000)).build()));
        }
    }

    @Test
    void manyThreadsReadAtOnce() throws Exception {
        try (SpillingCandidateStore store = new SpillingCandidateStore(dir, 16, 100)) {
            for (int i = 0; i < 3000; i++) {
                store.add(candidate(i));
            }
            var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
            try {
                List<java.util.concurrent.Future<?>> done = new ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    int first = t;
                    done.add(pool.submit(() -> {
                        for (int i = first; i < 3000; i += 4) {
                            assertEquals(candidate(i).id(), store.get(i).id());
                            assertEquals(candidate(i).scores(), store.get(i).scores());
                        }
                        return null;
                    }));
                }
                for (var f : done) {
                    f.get();
                }
            } finally {
                pool.shutdown();
            }
        }
    }

    @Test
    void dropsTheFingerprintAndDeletesItsFileOnClose() throws IOException {
        SpillingCandidateStore store = new SpillingCandidateStore(dir);
        store.add(candidate(1));
        assertNull(store.get(0).ecfp4());
        store.close();
        try (var files = java.nio.file.Files.list(dir)) {
            assertEquals(0, files.count());
        }
    }
}
