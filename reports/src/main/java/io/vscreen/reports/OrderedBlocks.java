package io.vscreen.reports;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Computes blocks of work on a few threads and hands their results to the calling thread in the
 * order the blocks were made: the output is the same whatever the number of threads. At most
 * {@code 2 * threads + 1} blocks are in flight, so memory stays bounded however long the input.
 * Used where a screen's outputs are read or written in large ordered streams (the report step's
 * result lines, the rows of {@code ranked.csv}).
 */
public final class OrderedBlocks {

    /** One block's work, run on a worker thread. */
    @FunctionalInterface
    public interface Block<T> {
        T compute() throws IOException;
    }

    /** Makes the next block on the calling thread (e.g. reads its input), or null when there is none. */
    @FunctionalInterface
    public interface Source<T> {
        Block<T> next() throws IOException;
    }

    /** Receives each block's result on the calling thread, in block order. */
    @FunctionalInterface
    public interface Sink<T> {
        void accept(T result) throws IOException;
    }

    private OrderedBlocks() {
    }

    /**
     * Runs every block of {@code source} and passes the results to {@code sink} in order; with
     * one thread everything runs on the calling thread. The first block that fails stops the run
     * with its exception (an {@link IOException} or unchecked exception as thrown).
     *
     * @param name names the worker threads and the work in an interruption message
     */
    public static <T> void run(int threads, String name, Source<T> source, Sink<T> sink) throws IOException {
        if (threads <= 1) {
            for (Block<T> b; (b = source.next()) != null; ) {
                sink.accept(b.compute());
            }
            return;
        }
        ExecutorService workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        try {
            ArrayDeque<Future<T>> inFlight = new ArrayDeque<>();
            boolean more = true;
            while (more || !inFlight.isEmpty()) {
                while (more && inFlight.size() < 2 * threads + 1) {
                    Block<T> b = source.next();
                    if (b == null) {
                        more = false;
                    } else {
                        inFlight.add(workers.submit(b::compute));
                    }
                }
                if (!inFlight.isEmpty()) {
                    sink.accept(TaskResults.get(inFlight.poll(), name));
                }
            }
        } finally {
            workers.shutdownNow();
        }
    }
}
