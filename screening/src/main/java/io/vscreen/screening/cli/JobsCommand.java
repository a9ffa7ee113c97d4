package io.vscreen.screening.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import jakarta.batch.operations.JobExecutionNotRunningException;
import jakarta.batch.operations.BatchRuntimeException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.StepExecution;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import io.vscreen.screening.jobs.ExecutionSummary;
import io.vscreen.screening.jobs.ScreeningJobs;

/** {@code vscreen jobs}: lists screen executions; {@code show}, {@code stop} and {@code restart} one. */
@Command(name = "jobs", mixinStandardHelpOptions = true,
        description = "List screen executions recorded in the job repository (id, job, status, start, progress).",
        subcommands = {JobsCommand.Show.class, JobsCommand.Stop.class, JobsCommand.Restart.class})
public final class JobsCommand extends JobRepositoryCommand {

    @Override
    int run(ScreeningJobs jobs, PrintWriter out) {
        List<ExecutionSummary> executions = jobs.executions();
        out.printf("%-6s %-8s %-26s %-19s %s%n", "ID", "JOB", "STATUS", "START", "PROGRESS");
        for (ExecutionSummary e : executions) {
            out.printf("%-6d %-8s %-26s %-19s %s%n", e.id(), e.job(), e.displayStatus(), time(e.start()),
                    e.progress());
        }
        if (executions.isEmpty()) {
            out.println("(no executions in " + jobs.location() + ")");
        }
        return 0;
    }

    static String time(Date d) {
        return d == null ? "-" : new SimpleDateFormat("yyyy-MM-dd HH:mm:ss").format(d);
    }

    /** {@code vscreen jobs show ID}. */
    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Show one execution: status, times, parameters, steps and progress.")
    static final class Show extends JobRepositoryCommand {
        @Parameters(paramLabel = "ID", description = "Job execution id.")
        long id;

        @Override
        int run(ScreeningJobs jobs, PrintWriter out) {
            try {
                ExecutionSummary e = jobs.execution(id);
                out.println("execution   " + e.id() + " (instance " + e.instance() + ")");
                out.println("job         " + e.job());
                out.println("status      " + e.displayStatus() + (e.exitStatus() == null ? "" : " / " + e.exitStatus()));
                out.println("start       " + time(e.start()));
                out.println("end         " + time(e.end()));
                out.println("progress    " + e.progress());
                out.println("output      " + (e.out() == null ? "-" : e.out()));
                out.println("parameters");
                Properties p = jobs.operator().getParameters(id);
                Map<String, String> sorted = new TreeMap<>();
                if (p != null) {
                    p.stringPropertyNames().forEach(k -> sorted.put(k, p.getProperty(k)));
                }
                sorted.forEach((k, v) -> out.println("  " + k + " = " + v.replace("\n", ", ")));
                out.println("steps");
                for (StepExecution s : jobs.steps(id)) {
                    out.printf("  %-6s %-10s %s .. %s%n", s.getStepName(), s.getBatchStatus(), time(s.getStartTime()),
                            time(s.getEndTime()));
                }
            } catch (NoSuchJobExecutionException e) {
                out.println("no job execution " + id);
                return 2;
            }
            return 0;
        }
    }

    /** {@code vscreen jobs stop ID}. */
    @Command(name = "stop", mixinStandardHelpOptions = true,
            description = "Ask a running execution to stop at its next checkpoint (it can be restarted later).")
    static final class Stop extends JobRepositoryCommand {
        @Parameters(paramLabel = "ID", description = "Job execution id.")
        long id;

        @Override
        int run(ScreeningJobs jobs, PrintWriter out) {
            try {
                jobs.stop(id);
                out.println("stop requested for job execution " + id);
            } catch (NoSuchJobExecutionException | JobExecutionNotRunningException e) {
                out.println("cannot stop job execution " + id + ": " + e.getMessage());
                return 2;
            }
            return 0;
        }
    }

    /** {@code vscreen jobs restart ID}. */
    @Command(name = "restart", mixinStandardHelpOptions = true,
            description = {"Continue a failed or stopped execution, or one whose process died, from its last "
                    + "checkpoints. Runs in this process and shows progress like 'vscreen screen'."})
    static final class Restart extends JobRepositoryCommand {
        @Parameters(paramLabel = "ID", description = "Job execution id (the most recent one of the screen).")
        long id;

        @Override
        int run(ScreeningJobs jobs, PrintWriter out) throws Exception {
            long restarted;
            try {
                restarted = jobs.restart(id);
            } catch (BatchRuntimeException | IOException e) {
                out.println("cannot restart job execution " + id + ": " + e.getMessage());
                return 2;
            }
            out.println("job execution " + restarted + " (restart of " + id + ")");
            out.flush();
            return ScreenWatch.follow(jobs, restarted, jobs.execution(restarted).out(), out);
        }
    }
}
