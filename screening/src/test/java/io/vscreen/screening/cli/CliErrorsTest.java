package io.vscreen.screening.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.vscreen.screening.testing.TestLibraries;

/**
 * Every command reports a failure the same way: one line {@code vscreen <command path>: <reason>}
 * on stderr, exit code 2 for a bad argument and 1 for anything else.
 */
class CliErrorsTest {
    private static final Path EXAMPLES = TestLibraries.APPROVED_DRUGS;

    @TempDir
    Path tmp;

    @Test
    void aMissingFileIsNamedUnderTheFullCommandPath() {
        Path missing = tmp.resolve("actives.smi");
        CliRun run = CliRun.of("models", "import-actives", missing.toString(), "--name", "x", "--out",
                tmp.resolve("x").toString());
        assertEquals(1, run.code());
        assertEquals("vscreen models import-actives: file not found: " + missing, run.err().strip());
    }

    @Test
    void aRefusedModelIsToldByItsMessageAlone() {
        CliRun run = CliRun.of("models", "show", "no-such-model", "--models-dir", tmp.toString());
        assertEquals(1, run.code());
        assertTrue(run.err().startsWith("vscreen models show: no model named 'no-such-model'"), run.err());
        assertTrue(run.err().strip().lines().count() == 1, run.err());
    }

    @Test
    void aBadArgumentExitsWithTwoInModelAndLibraryCommandsAlike() {
        CliRun train = CliRun.of("train", "--data", tmp.resolve("none.csv").toString(), "--tasks", "a", "--task-type",
                "classification", "--role", "efficacy", "--arch", "rnn", "--out", tmp.resolve("m").toString());
        assertEquals(2, train.code());
        assertTrue(train.err().startsWith("vscreen train: architecture 'rnn'"), train.err());

        CliRun describe = CliRun.of("describe", "--library", EXAMPLES.toString(), "--format", "bogus", "--out",
                tmp.resolve("x.csv").toString());
        assertEquals(2, describe.code());
        assertTrue(describe.err().startsWith("vscreen describe: unknown library format 'bogus'"), describe.err());
    }
}
