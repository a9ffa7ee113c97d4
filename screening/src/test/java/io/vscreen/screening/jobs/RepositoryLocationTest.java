package io.vscreen.screening.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** How {@code --repository} and the {@code VSCREEN_REPOSITORY*} variables choose the repository. */
class RepositoryLocationTest {

    private static final String PG = "jdbc:postgresql://db.example.org:5432/screens";

    @Test
    void aJdbcUrlTakesItsCredentialsFromTheEnvironment() {
        RepositoryLocation l = RepositoryLocation.resolve(PG,
                Map.of("VSCREEN_REPOSITORY_USER", "pipeline", "VSCREEN_REPOSITORY_PASSWORD", "s3cret"));
        assertEquals(PG, l.jdbcUrl());
        assertEquals("pipeline", l.user());
        assertEquals("s3cret", l.password());
    }

    @Test
    void withoutTheOptionTheRepositoryVariableIsUsed() {
        RepositoryLocation l = RepositoryLocation.resolve(null, Map.of("VSCREEN_REPOSITORY", PG));
        assertEquals(PG, l.jdbcUrl());
        assertEquals("", l.user());

        Path dir = Path.of("/data/vscreen-jobs");
        RepositoryLocation h2 = RepositoryLocation.resolve(" ", Map.of("VSCREEN_REPOSITORY", dir.toString()));
        assertEquals(RepositoryLocation.inHome(dir), h2);
    }

    @Test
    void theOptionWinsOverTheVariable() {
        RepositoryLocation l = RepositoryLocation.resolve(PG, Map.of("VSCREEN_REPOSITORY", "/elsewhere"));
        assertEquals(PG, l.jdbcUrl());
    }

    @Test
    void theEmbeddedDefaultIgnoresDatabaseCredentials() {
        Path home = Path.of("/home/chemist/.vscreen");
        RepositoryLocation l = RepositoryLocation.resolve(null,
                Map.of("VSCREEN_HOME", home.toString(), "VSCREEN_REPOSITORY_USER", "pipeline"));
        assertEquals(RepositoryLocation.inHome(home), l);
        assertTrue(l.jdbcUrl().startsWith("jdbc:h2:file:" + home.resolve("jobs")));
    }

    @Test
    void aPasswordInTheUrlIsNotShown() {
        RepositoryLocation l = RepositoryLocation.resolve(PG + "?user=pipeline&password=s3cret&ssl=true", Map.of());
        assertEquals(PG + "?user=pipeline&password=***&ssl=true", l.toString());
        assertFalse(l.toString().contains("s3cret"));
        assertTrue(l.jdbcUrl().contains("password=s3cret"), "the driver still gets it");
    }

    @Test
    void aDatabaseThatCannotBeReachedIsReportedWithTheDriversReason() {
        // nothing listens on port 1
        RepositoryLocation l = RepositoryLocation.resolve("jdbc:postgresql://127.0.0.1:1/screens?user=u&password=s3cret",
                Map.of());
        IOException e = assertThrows(IOException.class, () -> ScreeningJobs.open(l).close());
        assertTrue(e.getMessage().startsWith("cannot open the job repository jdbc:postgresql://127.0.0.1:1/screens"),
                e.getMessage());
        assertTrue(e.getMessage().contains("refused"), e.getMessage());
        assertFalse(e.getMessage().contains("s3cret"), e.getMessage());
    }
}
