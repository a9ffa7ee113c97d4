package io.vscreen.screening.jobs;

import java.nio.file.Path;
import java.util.Date;

import jakarta.batch.runtime.BatchStatus;

/**
 * One job execution as {@code vscreen jobs} shows it.
 *
 * @param id        job execution id
 * @param instance  job instance id (restarts share it)
 * @param job       job name
 * @param status    batch status as recorded
 * @param alive     whether a process is running it now (false for a {@code STARTED} execution
 *                  whose process died: restart it)
 * @param exitStatus exit status, may be null
 * @param start     start time, may be null
 * @param end       end time, may be null
 * @param out       the output directory, may be null for other jobs
 * @param progress  scoring progress
 */
public record ExecutionSummary(long id, long instance, String job, BatchStatus status, boolean alive,
                               String exitStatus, Date start, Date end, Path out, ScreenProgress progress) {

    /** The status, with {@code STARTED} executions whose process died marked as such. */
    public String displayStatus() {
        boolean running = status == BatchStatus.STARTED || status == BatchStatus.STARTING
                || status == BatchStatus.STOPPING;
        return running && !alive ? status + " (process gone)" : status.toString();
    }
}
