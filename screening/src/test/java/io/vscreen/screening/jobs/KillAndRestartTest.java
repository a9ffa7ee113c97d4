package io.vscreen.screening.jobs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.batch.runtime.BatchStatus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.vscreen.screening.batch.ScreenParameters;
import io.vscreen.screening.testing.TestLibraries;

/**
 * Kills a real {@code vscreen screen} process with SIGKILL at several points, restarts it with
 * {@code vscreen jobs restart} (also killed once), and checks that the finished outputs are
 * byte for byte those of an uninterrupted run.
 */
class KillAndRestartTest {

    private static final Pattern EXECUTION = Pattern.compile("^job execution (\\d+)");
    private static final int WORKERS = 2;
    private static final int CHUNK = 20;

    @TempDir
    Path tmp;

    @Test
    void killedScreensRestartToTheSameResults() throws Exception {
        Path library = TestLibraries.tox21Smiles(tmp, 3000);
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
        awaitResultLines(out, 1200, second);
        second.kill();
        assertNotEquals(BatchStatus.COMPLETED, status(home, id2), "the kill came after the job ended");
        // 3. restarted again, killed later in scoring
        Child third = Child.start(tmp, "restart-2", "jobs", "restart", Long.toString(id2), "--repository",
                home.toString());
        long id3 = third.awaitExecutionId();
        awaitResultLines(out, 2400, third);
        third.kill();
        assertNotEquals(BatchStatus.COMPLETED, status(home, id3), "the kill came after the job ended");
        // 4. restarted to the end
        Child last = Child.start(tmp, "restart-3", "jobs", "restart", Long.toString(id3), "--repository",
                home.toString());
        long id4 = last.awaitExecutionId();
        assertEquals(0, last.awaitExit(Duration.ofMinutes(2)), last.log());
        assertEquals(BatchStatus.COMPLETED, status(home, id4));

        for (String file : List.of("ranked.csv", "rejects.csv", "duplicates.csv")) {
            assertArrayEquals(Files.readAllBytes(reference.resolve(file)), Files.readAllBytes(out.resolve(file)),
                    file + " differs from the uninterrupted run");
        }
        assertTrue(Files.readAllLines(out.resolve("ranked.csv")).size() > 2900);
    }

    private static BatchStatus status(Path home, long id) throws IOException {
        try (ScreeningJobs jobs = ScreeningJobs.open(RepositoryLocation.inHome(home))) {
            return jobs.operator().getJobExecution(id).getBatchStatus();
        }
    }

    /** Waits until the partition result files hold at least {@code lines} lines together. */
    private static void awaitResultLines(Path out, long lines, Child child) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (System.nanoTime() < deadline) {
            long n = 0;
            Path work = out.resolve(".vscreen");
            if (Files.isDirectory(work)) {
                try (var files = Files.list(work)) {
                    for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".results.tsv"))::iterator) {
                        n += countLines(p);
                    }
                }
            }
            if (n >= lines) {
                return;
            }
            if (!child.process.isAlive()) {
                throw new AssertionError("child ended before " + lines + " result lines: " + child.log());
            }
            Thread.sleep(5);
        }
        throw new AssertionError("no " + lines + " result lines in time: " + child.log());
    }

    private static long countLines(Path p) throws IOException {
        long n = 0;
        for (byte b : Files.readAllBytes(p)) {
            if (b == '\n') {
                n++;
            }
        }
        return n;
    }

    /** A vscreen command line running in its own JVM on the test class path. */
    private static final class Child {
        final Process process;
        final Path log;
        final BufferedReader stdout;
        final List<String> lines = new ArrayList<>();

        private Child(Process process, Path log) {
            this.process = process;
            this.log = log;
            this.stdout = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        }

        static Child start(Path dir, String name, String... args) throws IOException {
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.add("-Xmx512m");
            command.add("-cp");
            command.add(System.getProperty("java.class.path"));
            command.add("io.vscreen.screening.cli.Main");
            command.addAll(List.of(args));
            Path log = dir.resolve(name + ".stderr");
            ProcessBuilder pb = new ProcessBuilder(command).redirectError(log.toFile());
            return new Child(pb.start(), log);
        }

        long awaitExecutionId() throws IOException {
            String line;
            while ((line = stdout.readLine()) != null) {
                lines.add(line);
                Matcher m = EXECUTION.matcher(line);
                if (m.find()) {
                    return Long.parseLong(m.group(1));
                }
            }
            throw new AssertionError("no execution id from the child: " + log());
        }

        void kill() throws InterruptedException {
            process.destroyForcibly();
            assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        }

        int awaitExit(Duration timeout) throws Exception {
            Thread drain = new Thread(() -> {
                try {
                    String l;
                    while ((l = stdout.readLine()) != null) {
                        synchronized (lines) {
                            lines.add(l);
                        }
                    }
                } catch (IOException ignored) {
                    // process ended
                }
            });
            drain.start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("child did not finish: " + log());
            }
            drain.join(5000);
            return process.exitValue();
        }

        String log() {
            try {
                synchronized (lines) {
                    return "stdout " + lines + "\nstderr " + Files.readString(log);
                }
            } catch (IOException e) {
                return e.toString();
            }
        }
    }
}
