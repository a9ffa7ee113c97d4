package io.vscreen.screening.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;

import picocli.CommandLine;

/**
 * Turns a failed command into one clear line on stderr and exit code 1 (2 for usage errors, as
 * picocli does). Set {@code VSCREEN_DEBUG=1} to get the stack trace as well.
 */
final class CliErrors implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parseResult) {
        Throwable t = ex instanceof UncheckedIOException u ? u.getCause() : ex;
        String message;
        if (t instanceof NoSuchFileException nsf) {
            message = "file not found: " + nsf.getFile();
        } else if (t instanceof IllegalArgumentException || t instanceof IOException) {
            message = t.getMessage();
        } else {
            message = t.toString();
        }
        cmd.getErr().println("vscreen " + cmd.getCommandName() + ": " + message);
        if (System.getenv("VSCREEN_DEBUG") != null) {
            t.printStackTrace(cmd.getErr());
        }
        return t instanceof IllegalArgumentException ? 2 : 1;
    }
}
