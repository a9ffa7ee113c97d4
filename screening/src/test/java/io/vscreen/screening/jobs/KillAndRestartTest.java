package io.vscreen.screening.jobs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import jakarta.batch.runtime.BatchStatus;

import org.junit.jupiter.api.Test;

import io.vscreen.screening.batch.ScreenParameters;
import io.vscreen.screening.testing.Child;
import io.vscreen.screening.testing.ChildProcessTest;
import io.vscreen.screening.testing.TestLibraries;

/**
 * Kills a real {@code vscreen screen} process with SIGKILL at several points, restarts it with
 * {@code vscreen jobs restart} (also killed once), and checks that the finished outputs are
 * byte for byte those of an uninterrupted run.
 */
class KillAndRestartTest extends ChildProcessTest {

    private static final int WORKERS = 2;
    private static final int CHUNK = 10;

    @Test
    void killedScreensRestartToTheSameResults() throws Exception {
        Path library = TestLibraries.tox21Smiles(tmp, 1200);
        Path home = tmp.resolve("home");

        Path reference = tmp.resolve("reference");
        try (ScreeningJobs jobs = ScreeningJobs.open(RepositoryLocation.inHome(home))) {
            long id = jobs.start(new ScreenParameters(List.of(library), "", "", "", List.of(), null, 10, WORKERS, 64,
                    CHUNK, reference));
            assertEquals(BatchStatus.COMPLETED, jobs.await(id, Duration.ofMillis(100), null));
        }

        Path out = tmp.resolve("killed");
        // 1. killed as soon as it has announced its execution (planning or first chunks)
        Child first = Child.start(tmp, "screen-1", "screen", "--library", library.toString(), "--out", out.toString(),
                "--repository", home.toString(), "--workers", Integer.toString(WORKERS), "--chunk-size",
                Integer.toString(CHUNK), "--batch-size", "64", "--top", "10");
        long id = first.awaitExecutionId();
        first.kill();
        // 2. restarted, killed in the middle of scoring
        Child second = Child.start(tmp, "restart-1", "jobs", "restart", Long.toString(id), "--repository",
                home.toString());
        long id2 = second.awaitExecutionId();
        assertNotEquals(id, id2);
        Child.awaitResultLines(out, 300, second);
        second.kill();
        assertNotEquals(BatchStatus.COMPLETED, status(home, id2), "the kill came after the job ended");
        // 3. restarted again, killed later in scoring
        Child third = Child.start(tmp, "restart-2", "jobs", "restart", Long.toString(id2), "--repository",
                home.toString());
        long id3 = third.awaitExecutionId();
        Child.awaitResultLines(out, 800, third);
        third.kill();
        assertNotEquals(BatchStatus.COMPLETED, status(home, id3), "the kill came after the job ended");
        // 4. restarted to the end
        Child last = Child.start(tmp, "restart-3", "jobs", "restart", Long.toString(id3), "--repository",
                home.toString());
        long id4 = last.awaitExecutionId();
        assertEquals(0, last.awaitExit(Duration.ofMinutes(2)), last.log());
        assertEquals(BatchStatus.COMPLETED, status(home, id4));

        for (String file : List.of("ranked.csv", "top.sdf", "rejects.csv", "duplicates.csv")) {
            assertArrayEquals(Files.readAllBytes(reference.resolve(file)), Files.readAllBytes(out.resolve(file)),
                    file + " differs from the uninterrupted run");
        }
        assertTrue(Files.readAllLines(out.resolve("ranked.csv")).size() > 1150);
    }

    private static BatchStatus status(Path home, long id) throws IOException {
        try (ScreeningJobs jobs = ScreeningJobs.open(RepositoryLocation.inHome(home))) {
            return jobs.operator().getJobExecution(id).getBatchStatus();
        }
    }
}
