package io.vscreen.screening.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.StepExecution;

import org.jberet.operations.JobOperatorImpl;
import org.jberet.repository.JobRepository;
import org.jberet.runtime.PartitionExecutionImpl;
import org.jberet.runtime.StepExecutionImpl;

import io.vscreen.libraries.ReaderPosition;
import io.vscreen.screening.batch.ScreenFiles;
import io.vscreen.screening.batch.ScreenParameters;
import io.vscreen.screening.batch.ScreenPlan;
import io.vscreen.screening.batch.Shard;

/**
 * Starts, watches, stops and restarts screens recorded in one job repository.
 *
 * <p>Each instance owns a JBeret job operator bound to its {@link RepositoryLocation}; jobs it
 * starts or restarts run in this JVM. Executions started by other processes can be listed and
 * stopped; an execution whose process died (its output lock is free) can be restarted here and
 * continues from its last checkpoints.
 */
public final class ScreeningJobs implements AutoCloseable {

    private static final String SCORE_STEP = "score";

    private final RepositoryLocation location;
    private final BatchEnvironmentForRepository environment;
    private final JobOperatorImpl operator;
    private final Map<Long, OutputLock> locks = new HashMap<>();

    private ScreeningJobs(RepositoryLocation location) throws IOException {
        this.location = location;
        location.prepare();
        this.environment = openEnvironment(location);
        this.operator = new JobOperatorImpl(environment);
    }

    /**
     * The batch environment on the repository; a database that cannot be reached (server down,
     * wrong password, no driver for the URL) is reported with the database's own reason.
     */
    private static BatchEnvironmentForRepository openEnvironment(RepositoryLocation location) throws IOException {
        try {
            return new BatchEnvironmentForRepository(location);
        } catch (RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof java.sql.SQLException sql) {
                    throw new IOException("cannot open the job repository " + location + ": " + sql.getMessage(), e);
                }
            }
            throw e;
        }
    }

    /** Opens the job repository (creating it on first use). */
    public static ScreeningJobs open(RepositoryLocation location) throws IOException {
        return new ScreeningJobs(location);
    }

    public RepositoryLocation location() {
        return location;
    }

    /** The underlying Jakarta Batch job operator. */
    public JobOperator operator() {
        return operator;
    }

    /** Starts a screen in this JVM; returns its job execution id. */
    public synchronized long start(ScreenParameters parameters) throws IOException {
        ScreenFiles files = parameters.files();
        Files.createDirectories(files.work());
        OutputLock lock = OutputLock.acquire(files.lock());
        try {
            long id = operator.start(ScreenParameters.JOB_NAME, parameters.toJobParameters());
            locks.put(id, lock);
            return id;
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * Restarts a failed or stopped execution, or one whose process died, in this JVM; returns the
     * new execution id. Refuses while another process still runs it.
     */
    public synchronized long restart(long executionId) throws IOException {
        Properties parameters = operator.getParameters(executionId);
        Path out = outOf(parameters);
        OutputLock lock = out == null ? null : OutputLock.acquire(new ScreenFiles(out).lock());
        try {
            Properties restart = new Properties();
            restart.putAll(parameters);
            // Holding the output lock proves no process runs the execution any more: "force" then
            // lets an execution whose process died restart. JBeret's own "detect" takes any
            // execution of a job this JVM has started (a screen earlier) for a live one.
            restart.setProperty("jberet.restart.mode", lock != null ? "force" : "detect");
            long id = operator.restart(executionId, restart);
            if (lock != null) {
                locks.put(id, lock);
            }
            return id;
        } catch (RuntimeException e) {
            if (lock != null) {
                lock.close();
            }
            throw e;
        }
    }

    /**
     * Asks a running execution to stop at its next checkpoint (works across processes). An
     * execution whose process died cannot stop; it is refused with advice to restart it.
     */
    public void stop(long executionId) {
        ExecutionSummary e = execution(executionId);
        if (e.status() == BatchStatus.STARTED && e.out() != null && !e.alive()) {
            throw new jakarta.batch.operations.JobExecutionNotRunningException("job execution " + executionId
                    + " is not running: its process is gone; continue it with 'vscreen jobs restart " + executionId
                    + "'");
        }
        operator.stop(executionId);
    }

    /**
     * Waits until an execution started here ends, reporting progress every {@code interval}, and
     * releases its output lock. Returns the final status.
     */
    public BatchStatus await(long executionId, Duration interval, Consumer<ScreenProgress> onProgress)
            throws InterruptedException, IOException {
        try {
            while (true) {
                BatchStatus status = operator.getJobExecution(executionId).getBatchStatus();
                if (onProgress != null) {
                    onProgress.accept(progress(executionId));
                }
                if (status == BatchStatus.COMPLETED || status == BatchStatus.FAILED || status == BatchStatus.STOPPED
                        || status == BatchStatus.ABANDONED) {
                    return status;
                }
                Thread.sleep(interval.toMillis());
            }
        } finally {
            OutputLock lock;
            synchronized (this) {
                lock = locks.remove(executionId);
            }
            if (lock != null) {
                lock.close();
            }
        }
    }

    /** Every screen execution in the repository, newest first. */
    public List<ExecutionSummary> executions() {
        List<ExecutionSummary> list = new ArrayList<>();
        for (Long id : environment.getJobRepository().getJobExecutionsByJob(ScreenParameters.JOB_NAME)) {
            list.add(execution(id));
        }
        list.sort(Comparator.comparingLong(ExecutionSummary::id).reversed());
        return list;
    }

    /** One execution with its scoring progress. */
    public ExecutionSummary execution(long executionId) {
        JobExecution e = operator.getJobExecution(executionId);
        JobInstance instance = operator.getJobInstance(executionId);
        Path out = outOf(operator.getParameters(executionId));
        boolean alive = out != null && OutputLock.isHeld(new ScreenFiles(out).lock());
        return new ExecutionSummary(executionId, instance.getInstanceId(), e.getJobName(), e.getBatchStatus(), alive,
                e.getExitStatus(), e.getStartTime(), e.getEndTime(), out, progress(executionId));
    }

    /** The step executions of an execution, in the order they ran. */
    public List<StepExecution> steps(long executionId) {
        return operator.getStepExecutions(executionId);
    }

    /**
     * Scoring progress of an execution's job instance: per partition, the furthest committed
     * reader checkpoint over all executions of the instance (a restart resumes partitions).
     */
    public ScreenProgress progress(long executionId) {
        Path out = outOf(operator.getParameters(executionId));
        if (out == null) {
            return new ScreenProgress(0, 0);
        }
        Path planFile = new ScreenFiles(out).plan();
        if (!Files.exists(planFile)) {
            return new ScreenProgress(0, 0);
        }
        ScreenPlan plan;
        try {
            plan = ScreenPlan.read(planFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long[] read = new long[plan.shards().size()];
        JobRepository repository = environment.getJobRepository();
        JobInstance instance = operator.getJobInstance(executionId);
        for (JobExecution execution : operator.getJobExecutions(instance)) {
            for (StepExecution step : repository.getStepExecutions(execution.getExecutionId(), environment.getClassLoader())) {
                if (!SCORE_STEP.equals(step.getStepName()) || !(step instanceof StepExecutionImpl impl)) {
                    continue;
                }
                List<PartitionExecutionImpl> partitions = repository.getPartitionExecutions(
                        step.getStepExecutionId(), impl, false, environment.getClassLoader()); // false: completed ones too
                for (PartitionExecutionImpl p : partitions) {
                    int index = p.getPartitionId();
                    if (index < 0 || index >= read.length) {
                        continue;
                    }
                    Shard shard = plan.shards().get(index);
                    long n = p.getBatchStatus() == BatchStatus.COMPLETED ? shard.records()
                            : p.getReaderCheckpointInfo() instanceof ReaderPosition pos
                            ? pos.recordNumber() - shard.shard().firstRecord() : 0;
                    read[index] = Math.max(read[index], n);
                }
            }
        }
        long done = 0;
        for (long n : read) {
            done += n;
        }
        String running = "";
        for (StepExecution step : operator.getStepExecutions(executionId)) {
            if (step.getBatchStatus() == BatchStatus.STARTED || step.getBatchStatus() == BatchStatus.STARTING) {
                running = step.getStepName();
            }
        }
        return new ScreenProgress(done, plan.records(), running);
    }

    private static Path outOf(Properties parameters) {
        String out = parameters == null ? null : parameters.getProperty("out");
        return out == null || out.isBlank() ? null : Path.of(out);
    }

    @Override
    public void close() throws IOException {
        environment.close();
        synchronized (this) {
            for (OutputLock lock : locks.values()) {
                lock.close();
            }
            locks.clear();
        }
    }
}
