package io.vscreen.screening.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;

import io.vscreen.models.ModelException;
import picocli.CommandLine;

/**
 * Turns a failed command into one clear line on stderr, {@code vscreen <command>: <reason>}, and
 * exit code 1 (2 for bad arguments, as picocli does for usage errors). The failures a user can act
 * on (a bad argument, a missing or unreadable file, a refused model package) are told by their
 * message alone. Set {@code VSCREEN_DEBUG=1} to get the stack trace as well.
 */
final class CliErrors implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parseResult) {
        Throwable t = ex instanceof UncheckedIOException u ? u.getCause() : ex;
        String message;
        if (t instanceof NoSuchFileException nsf) {
            message = "file not found: " + nsf.getFile();
        } else if (t instanceof IllegalArgumentException || t instanceof IOException || t instanceof ModelException) {
            message = t.getMessage();
        } else {
            message = t.toString();
        }
        cmd.getErr().println(cmd.getCommandSpec().qualifiedName(" ") + ": " + message);
        if (System.getenv("VSCREEN_DEBUG") != null) {
            t.printStackTrace(cmd.getErr());
        }
        return t instanceof IllegalArgumentException ? 2 : 1;
    }
}
