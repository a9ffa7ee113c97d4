package io.vscreen.screening.cli;

import picocli.CommandLine.Model.CommandSpec;

/** How a command was invoked, as the model packages it writes record it in their provenance. */
final class Invocation {

    private Invocation() {
    }

    /** {@code vscreen} followed by the arguments exactly as given. */
    static String of(CommandSpec spec) {
        return "vscreen " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
    }
}
