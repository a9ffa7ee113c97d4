package io.vscreen.screening.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import io.vscreen.screening.jobs.ScreeningJobs;

/**
 * A command that works on the job repository: opens the repository named by {@code --repository},
 * hands it to {@link #run} with the command's output, and closes it and flushes the output after.
 */
abstract class JobRepositoryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    RepositoryOption repository;

    @Override
    public final Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (ScreeningJobs jobs = repository.open()) {
            return run(jobs, out);
        } finally {
            out.flush();
        }
    }

    /** The command's work on the open repository; returns the exit code. */
    abstract int run(ScreeningJobs jobs, PrintWriter out) throws Exception;
}
