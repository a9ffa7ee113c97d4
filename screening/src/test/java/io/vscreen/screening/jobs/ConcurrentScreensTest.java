package io.vscreen.screening.jobs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.batch.runtime.BatchStatus;

import org.junit.jupiter.api.Test;

import io.vscreen.screening.testing.Child;
import io.vscreen.screening.testing.ChildProcessTest;
import io.vscreen.screening.testing.TestLibraries;

/**
 * Two {@code vscreen screen} processes share one job repository; one of them is stopped from
 * this (third) process and restarted later. Neither disturbs the other, and both end with the same
 * results.
 */
class ConcurrentScreensTest extends ChildProcessTest {

    @Test
    void twoScreensShareARepositoryAndOneIsStoppedAndRestarted() throws Exception {
        // large enough that screen a, on one worker, is still scoring when the stop arrives
        Path library = TestLibraries.tox21Smiles(tmp, 3000);
        Path home = tmp.resolve("home");
        Path outA = tmp.resolve("a");
        Path outB = tmp.resolve("b");
        Child a = Child.start(tmp, "a", "screen", "--library", library.toString(), "--out", outA.toString(),
                "--repository", home.toString(), "--workers", "1", "--chunk-size", "20");
        Child b = Child.start(tmp, "b", "screen", "--library", library.toString(), "--out", outB.toString(),
                "--repository", home.toString(), "--workers", "2", "--chunk-size", "50");
        long idA = a.awaitExecutionId();
        long idB = b.awaitExecutionId();
        assertTrue(idA != idB);

        Child.awaitResultLines(outA, 100, a);
        try (ScreeningJobs other = ScreeningJobs.open(RepositoryLocation.inHome(home))) {
            other.stop(idA);
        } catch (RuntimeException e) {
            throw new AssertionError("cannot stop screen a (alive: " + a.isAlive() + "): " + e.getMessage() + "\n" + a.log(), e);
        }
        assertEquals(3, a.awaitExit(Duration.ofMinutes(1)), "a stopped screen exits with 3: " + a.log());
        assertEquals(0, b.awaitExit(Duration.ofMinutes(2)), b.log());

        try (ScreeningJobs jobs = ScreeningJobs.open(RepositoryLocation.inHome(home))) {
            assertEquals(BatchStatus.STOPPED, jobs.execution(idA).status());
            assertEquals(BatchStatus.COMPLETED, jobs.execution(idB).status());
            long restarted = jobs.restart(idA);
            assertEquals(BatchStatus.COMPLETED, jobs.await(restarted, Duration.ofMillis(100), null));
            Set<Long> listed = jobs.executions().stream().map(ExecutionSummary::id).collect(Collectors.toSet());
            assertEquals(Set.of(idA, idB, restarted), listed);
            ExecutionSummary done = jobs.execution(restarted);
            assertEquals(done.progress().total(), done.progress().done());
            assertEquals(3004, done.progress().total());
        }
        for (String file : List.of("ranked.csv", "rejects.csv", "duplicates.csv")) {
            assertArrayEquals(Files.readAllBytes(outB.resolve(file)), Files.readAllBytes(outA.resolve(file)), file);
        }
    }
}
