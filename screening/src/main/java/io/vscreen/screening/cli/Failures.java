package io.vscreen.screening.cli;

import java.util.concurrent.Callable;

import io.vscreen.models.ModelException;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Runs a command body and turns the failures a user can act on (a refused model package, a bad
 * argument, an unreadable file) into one clear line on stderr and exit code 1.
 */
final class Failures {
    private Failures() {
    }

    static int reported(CommandSpec spec, Callable<Integer> body) {
        try {
            return body.call();
        } catch (ModelException | IllegalArgumentException | java.io.IOException | java.io.UncheckedIOException e) {
            spec.commandLine().getErr().println("vscreen " + spec.qualifiedName(" ").replaceFirst("^vscreen ", "")
                    + ": " + e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
