package io.vscreen.screening.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.vscreen.screening.batch.ScreenFiles;
import io.vscreen.screening.testing.Child;
import io.vscreen.screening.testing.ChildProcessTest;
import io.vscreen.screening.testing.TestLibraries;

class OutputLockTest extends ChildProcessTest {

    @Test
    void theHolderAskingAboutItsLockKeepsIt() throws Exception {
        Path out = tmp.resolve("out");
        Path lockFile = new ScreenFiles(out).lock();
        assertFalse(OutputLock.isHeld(lockFile));
        try (OutputLock lock = OutputLock.acquire(lockFile)) {
            // `vscreen jobs restart` holds the lock and then reads the execution's state, which asks
            assertTrue(OutputLock.isHeld(lockFile));
            assertTrue(OutputLock.isHeld(tmp.resolve("out/../out/.vscreen/lock")));
            IOException again = assertThrows(IOException.class, () -> OutputLock.acquire(lockFile));
            assertEquals("the output directory " + out + " is in use by process " + ProcessHandle.current().pid(),
                    again.getMessage());

            // another process still finds the directory in use and leaves it alone
            Child second = Child.start(tmp, "second", "screen", "--library", TestLibraries.APPROVED_DRUGS.toString(),
                    "--out", out.toString(), "--repository", tmp.resolve("home").toString());
            assertNotEquals(0, second.awaitExit(Duration.ofMinutes(2)), second.log());
            assertTrue(String.join("\n", second.output()).concat(second.log())
                    .contains("is in use by process " + ProcessHandle.current().pid()), second.log());
            assertFalse(Files.exists(out.resolve("ranked.csv")));
        }
        assertFalse(OutputLock.isHeld(lockFile));
        try (OutputLock lock = OutputLock.acquire(lockFile)) {
            assertTrue(OutputLock.isHeld(lockFile));
        }
    }
}
