package io.vscreen.screening.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

import picocli.CommandLine;

/**
 * One run of the {@code vscreen} command line in this process, as the tests see it.
 *
 * @param code exit code
 * @param out what the command wrote to stdout
 * @param err what it wrote to stderr
 */
record CliRun(int code, String out, String err) {

    /** Runs {@code vscreen ARGS...} with the command line {@link Main} configures. */
    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
