package io.vscreen.screening.jobs;

import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.transaction.TransactionManager;

import org.jberet.repository.JdbcRepository;
import org.jberet.repository.JobRepository;
import org.jberet.se.SEArtifactFactory;
import org.jberet.spi.ArtifactFactory;
import org.jberet.spi.BatchEnvironment;
import org.jberet.spi.JobExecutor;
import org.jberet.spi.JobTask;
import org.jberet.spi.JobXmlResolver;
import org.jberet.tools.ChainedJobXmlResolver;
import org.jberet.tools.MetaInfBatchJobsJobXmlResolver;
import org.jberet.tx.LocalTransactionManager;

/**
 * The JBeret SE batch environment bound to one {@link RepositoryLocation}.
 *
 * <p>JBeret's own {@code BatchSEEnvironment} reads a single {@code jberet.properties} from the
 * class path and keeps one job repository per JVM; this environment is built from values
 * instead, so the repository can be chosen at run time ({@code --repository}, a temporary
 * directory in tests) and several repositories can live in one JVM. Artifacts are created by
 * JBeret's Weld-backed {@link SEArtifactFactory}; job XML comes from
 * {@code META-INF/batch-jobs/}. Threads come from a cached daemon pool, so a partitioned step
 * gets as many threads as its plan asks for.
 */
final class BatchEnvironmentForRepository implements BatchEnvironment, AutoCloseable {

    private static final String WELD_SHUTDOWN_HOOK = "org.jboss.weld.se.shutdownHook";

    /** How long a connection to a shared repository is retried (another process may be taking it over). */
    private static final long CONNECT_PATIENCE_MILLIS = 30_000;

    private final Properties configuration;
    private final JobRepository repository;
    private final ThreadPoolExecutor pool;
    private final JobExecutor executor;
    private final JobXmlResolver jobXmlResolver = new ChainedJobXmlResolver(new MetaInfBatchJobsJobXmlResolver());

    BatchEnvironmentForRepository(RepositoryLocation location) {
        // Weld's own shutdown hook prints to standard output, which belongs to the command line.
        if (System.getProperty(WELD_SHUTDOWN_HOOK) == null) {
            System.setProperty(WELD_SHUTDOWN_HOOK, "false");
        }
        configuration = new Properties();
        configuration.setProperty("job-repository-type", "jdbc");
        configuration.setProperty("db-url", location.jdbcUrl());
        if (!location.user().isEmpty()) {
            configuration.setProperty("db-user", location.user());
        }
        if (!location.password().isEmpty()) {
            configuration.setProperty("db-password", location.password());
        }
        repository = new JdbcRepository(new RetryingDataSource(location, CONNECT_PATIENCE_MILLIS), configuration);
        pool = (ThreadPoolExecutor) Executors.newCachedThreadPool(new DaemonThreads());
        executor = new JobExecutor(pool) {
            @Override
            protected int getMaximumPoolSize() {
                return pool.getMaximumPoolSize();
            }
        };
    }

    @Override
    public ClassLoader getClassLoader() {
        return BatchEnvironmentForRepository.class.getClassLoader();
    }

    @Override
    public ArtifactFactory getArtifactFactory() {
        return new SEArtifactFactory();
    }

    @Override
    public void submitTask(JobTask task) {
        executor.execute(task);
    }

    @Override
    public TransactionManager getTransactionManager() {
        return LocalTransactionManager.getInstance();
    }

    @Override
    public JobRepository getJobRepository() {
        return repository;
    }

    @Override
    public JobXmlResolver getJobXmlResolver() {
        return jobXmlResolver;
    }

    @Override
    public Properties getBatchConfigurationProperties() {
        return configuration;
    }

    @Override
    public String getApplicationName() {
        return null;
    }

    @Override
    public void close() {
        ExecutorService p = pool;
        p.shutdown();
        try {
            p.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static final class DaemonThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "vscreen-batch-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }
}
