package io.vscreen.screening.testing;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * Base of the tests that run {@code vscreen} in child JVMs ({@link Child}): their working
 * directory {@link #tmp}. The children's H2 server and spill files can outlive a test by a moment,
 * so the directory is removed best-effort afterwards instead of failing a passed test on a
 * directory still being written.
 */
public abstract class ChildProcessTest {

    @TempDir(cleanup = CleanupMode.NEVER)
    protected Path tmp;

    @AfterEach
    void removeTemporaryFiles() {
        TestLibraries.deleteQuietly(tmp);
    }
}
