package io.vscreen.screening.jobs;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;

import javax.sql.DataSource;

/**
 * Connections to the job repository, retried for a while when the database is momentarily
 * unavailable. With several processes sharing the embedded H2 repository, one of them serves it
 * to the others; while that process starts its server, or dies and another takes over, a
 * connection attempt can see the database "locked by another process" (H2 error 90020) or find
 * no server. Such attempts are repeated with a growing pause for up to {@code patienceMillis}.
 */
final class RetryingDataSource implements DataSource {

    /** H2: database in use by another process. */
    private static final int H2_DATABASE_ALREADY_OPEN = 90020;
    /** H2: connection broken. */
    private static final int H2_CONNECTION_BROKEN = 90067;

    private final RepositoryLocation location;
    private final long patienceMillis;

    RetryingDataSource(RepositoryLocation location, long patienceMillis) {
        this.location = location;
        this.patienceMillis = patienceMillis;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return getConnection(location.user(), location.password());
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        long deadline = System.nanoTime() + patienceMillis * 1_000_000L;
        long pause = 20;
        while (true) {
            try {
                return DriverManager.getConnection(location.jdbcUrl(), credentials(user, password));
            } catch (SQLException e) {
                boolean transientFailure = e.getErrorCode() == H2_DATABASE_ALREADY_OPEN
                        || e.getErrorCode() == H2_CONNECTION_BROKEN;
                if (!transientFailure || System.nanoTime() > deadline) {
                    throw e;
                }
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
                pause = Math.min(pause * 2, 500);
            }
        }
    }

    /**
     * Only the credentials actually given: an empty user passed on would override the one a
     * PostgreSQL URL names ({@code ?user=...}) or the driver's default.
     */
    private static Properties credentials(String user, String password) {
        Properties p = new Properties();
        if (user != null && !user.isEmpty()) {
            p.setProperty("user", user);
        }
        if (password != null && !password.isEmpty()) {
            p.setProperty("password", password);
        }
        return p;
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // not used
    }

    @Override
    public void setLoginTimeout(int seconds) {
        // not used
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("not a wrapper for " + type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
