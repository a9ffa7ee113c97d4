package io.vscreen.screening.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;

import io.vscreen.screening.batch.ScreenCounts;
import io.vscreen.screening.batch.ScreenFiles;
import io.vscreen.screening.jobs.ScreeningJobs;

/** Follows a screen running in this process until it ends, then prints how it ended. */
final class ScreenWatch {

    private ScreenWatch() {
    }

    /** Waits for the execution, showing progress; returns the command's exit code. */
    static int follow(ScreeningJobs jobs, long executionId, Path out, PrintWriter stdout) throws IOException,
            InterruptedException {
        ProgressDisplay display = new ProgressDisplay(stdout, System.console() != null, Duration.ofSeconds(5));
        BatchStatus status = jobs.await(executionId, Duration.ofMillis(250), display::update);
        display.finish();
        JobExecution e = jobs.operator().getJobExecution(executionId);
        if (status == BatchStatus.COMPLETED) {
            ScreenFiles files = new ScreenFiles(out);
            Path counts = files.work().resolve("counts.properties");
            if (Files.exists(counts)) {
                stdout.println(ScreenCounts.read(counts));
            }
            stdout.println("results in " + out);
            stdout.flush();
            return 0;
        }
        stdout.println("job execution " + executionId + " ended " + status + " (" + e.getExitStatus() + "); "
                + "continue it with: vscreen jobs restart " + executionId);
        stdout.flush();
        return status == BatchStatus.STOPPED ? 3 : 1;
    }
}
