package io.vscreen.screening.jobs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

import io.vscreen.screening.batch.ScreenParameters;
import io.vscreen.screening.testing.Child;
import io.vscreen.screening.testing.TestLibraries;

/**
 * The job repository on a PostgreSQL server. A {@code vscreen screen} process and this one open
 * an empty database at once, so both race to create JBeret's tables, and screen side by side; the
 * other process is killed in the middle of scoring, a third lists both executions, and the killed
 * screen restarts here from the repository's checkpoints to the ranking of the uninterrupted one.
 *
 * <p>Runs when {@code VSCREEN_TEST_POSTGRES_URL} names a server, as
 * {@code jdbc:postgresql://127.0.0.1:PORT/DB?user=...&password=...} ({@code .ci/run} starts a
 * throwaway one); skipped otherwise. Each test works in a schema of its own, dropped afterwards.
 */
class PostgresRepositoryTest {

    /** The environment variable naming the test server. */
    static final String SERVER_ENV = "VSCREEN_TEST_POSTGRES_URL";

    private static final Path EXAMPLES = Path.of("../libraries/examples/approved_drugs.smi").toAbsolutePath()
            .normalize();

    // the child JVMs' spill files can outlive the test by a moment: clean up best-effort afterwards
    @TempDir(cleanup = CleanupMode.NEVER)
    Path tmp;

    private String server;
    private String schema;
    private String url;

    @BeforeEach
    void createSchema() throws SQLException {
        server = System.getenv(SERVER_ENV);
        assumeTrue(server != null && !server.isBlank(), SERVER_ENV + " is not set: no PostgreSQL server for the "
                + "job repository (e.g. jdbc:postgresql://127.0.0.1:5432/test?user=...&password=...; .ci/run "
                + "starts one), PostgreSQL repository test skipped");
        schema = "vscreen_test_" + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
        try (Connection c = DriverManager.getConnection(server); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        url = server + (server.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    @AfterEach
    void dropSchema() throws SQLException {
        if (schema != null) {
            try (Connection c = DriverManager.getConnection(server); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
        TestLibraries.deleteQuietly(tmp);
    }

    @Test
    void twoScreensShareTheRepositoryAndAKilledOneRestartsFromIt() throws Exception {
        long records = Files.readAllLines(EXAMPLES).stream().skip(1).filter(l -> !l.isBlank()).count(); // less the header
        Path outA = tmp.resolve("a");
        Path outB = tmp.resolve("b");
        // a, in a process of its own: many small checkpoints, so that it is killed between two of them
        Child a = Child.start(tmp, "a", "screen", "--library", EXAMPLES.toString(), "--out", outA.toString(),
                "--repository", url, "--workers", "2", "--chunk-size", "2", "--batch-size", "8");
        // b, in this process, opens the empty repository at the same time and screens uninterrupted
        try (ScreeningJobs jobs = ScreeningJobs.open(RepositoryLocation.resolve(url, Map.of()))) {
            long idB = jobs.start(new ScreenParameters(List.of(EXAMPLES), "", "", "", List.of(), null, 0, 1, 64, 20,
                    outB));
            long idA = a.awaitExecutionId();
            assertNotEquals(idA, idB);
            Child.awaitResultLines(outA, 30, a);
            a.kill();
            // a third process lists both
            Child list = Child.start(tmp, "jobs", "jobs", "--repository", url);

            ExecutionSummary killed = jobs.execution(idA);
            assertNotEquals(BatchStatus.COMPLETED, killed.status(), "the kill came after the screen ended");
            assertEquals("STARTED (process gone)", killed.displayStatus());
            long scoredBeforeKill = killed.progress().done();
            assertTrue(scoredBeforeKill > 0 && scoredBeforeKill < records, killed.progress().toString());
            assertEquals(0, list.awaitExit(Duration.ofMinutes(1)), list.log());
            assertTrue(list.output().stream().anyMatch(l -> l.matches(idA + "\\s+screen\\s+STARTED \\(process gone\\) .*")),
                    list.log());
            assertTrue(list.output().stream().anyMatch(l -> l.matches(idB + "\\s+screen\\s+\\S+\\s.*")), list.log());
            assertEquals(BatchStatus.COMPLETED, jobs.await(idB, Duration.ofMillis(100), null));
            assertTablesIn(schema);

            long restarted = jobs.restart(idA);
            assertEquals(BatchStatus.COMPLETED, jobs.await(restarted, Duration.ofMillis(100), null));
            assertEquals(Set.of(idA, idB, restarted),
                    jobs.executions().stream().map(ExecutionSummary::id).collect(Collectors.toSet()));
            ExecutionSummary done = jobs.execution(restarted);
            assertEquals(records, done.progress().total());
            assertEquals(records, done.progress().done());
            // the restart continued from the checkpoints: it read only what the killed screen had not
            long readAgain = readCount(jobs.steps(restarted), "score");
            assertTrue(readAgain > 0 && readAgain <= records - scoredBeforeKill,
                    "the restart read " + readAgain + " compounds, " + scoredBeforeKill + " of " + records
                            + " were checkpointed before the kill");
        }

        for (String file : List.of("ranked.csv", "rejects.csv", "duplicates.csv")) {
            assertArrayEquals(Files.readAllBytes(outB.resolve(file)), Files.readAllBytes(outA.resolve(file)),
                    file + " of the restarted screen differs from the uninterrupted one");
        }
        assertTrue(Files.readAllLines(outA.resolve("ranked.csv")).size() > 100);
    }

    /** JBeret created its four tables in the test's schema (by the PostgreSQL DDL). */
    private void assertTablesIn(String schemaName) throws SQLException {
        try (Connection c = DriverManager.getConnection(server);
             ResultSet r = c.getMetaData().getTables(null, schemaName, "%", new String[] {"TABLE"})) {
            Set<String> tables = new TreeSet<>();
            while (r.next()) {
                tables.add(r.getString("TABLE_NAME").toUpperCase(Locale.ROOT));
            }
            assertEquals(Set.of("JOB_INSTANCE", "JOB_EXECUTION", "STEP_EXECUTION", "PARTITION_EXECUTION"), tables);
        }
    }

    private static long readCount(List<StepExecution> steps, String name) {
        for (StepExecution s : steps) {
            if (s.getStepName().equals(name)) {
                for (Metric m : s.getMetrics()) {
                    if (m.getType() == Metric.MetricType.READ_COUNT) {
                        return m.getValue();
                    }
                }
            }
        }
        throw new AssertionError("no " + name + " step in " + steps);
    }
}
