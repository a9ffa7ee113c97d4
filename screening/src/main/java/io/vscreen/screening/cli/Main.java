package io.vscreen.screening.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code vscreen} command line: one sub-command per job a chemist or pipeline runs. */
@Command(name = "vscreen",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Virtual screening of compound libraries: parse, standardize, describe, score and rank.",
        subcommands = {
                DescribeCommand.class,
                ScreenCommand.class,
                JobsCommand.class,
                TrainCommand.class,
                SplitCommand.class,
                EvaluateCommand.class,
                PredictCommand.class,
                ModelsCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, shared by {@link #main} and tests. */
    public static CommandLine commandLine() {
        return new CommandLine(new Main())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(new CliErrors());
    }
}
