package io.vscreen.reports;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waits for work handed to other threads and rethrows its failure as the caller's own. */
final class TaskResults {

    private TaskResults() {
    }

    /**
     * The task's result. Its I/O errors, runtime exceptions and errors are rethrown as they are;
     * any other failure, or an interruption while waiting, becomes an I/O error naming {@code what}.
     */
    static <T> T get(Future<T> task, String what) throws IOException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted: " + what);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IOException(what + ": " + cause.getMessage(), cause);
        }
    }
}
