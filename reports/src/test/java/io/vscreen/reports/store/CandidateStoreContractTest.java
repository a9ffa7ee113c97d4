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
