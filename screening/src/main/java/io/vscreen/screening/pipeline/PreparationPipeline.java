package io.vscreen.screening.pipeline;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import io.vscreen.chem.prepare.PreparationOptions;
import io.vscreen.libraries.Entry;
import io.vscreen.libraries.LibrarySpec;
import io.vscreen.libraries.RecordReader;

/**
 * Prepares every record of a library on {@code threads} workers and passes the results, chunk by
 * chunk and in input order, to a {@link Sink}. The reading thread reads the next chunk while the
 * workers prepare the current one; memory holds at most two chunks.
 */
public final class PreparationPipeline {

    /** Receives prepared records in input order, one chunk at a time. */
    @FunctionalInterface
    public interface Sink {
        void accept(List<PreparedRecord> chunk) throws IOException;
    }

    private final LibrarySpec spec;
    private final PreparationOptions options;
    private final int threads;
    private final int chunkSize;

    public PreparationPipeline(LibrarySpec spec, PreparationOptions options, int threads, int chunkSize) {
        this.spec = Objects.requireNonNull(spec, "spec");
        this.options = Objects.requireNonNull(options, "options");
        if (threads < 1 || chunkSize < 1) {
            throw new IllegalArgumentException("threads and chunk size must be at least 1");
        }
        this.threads = threads;
        this.chunkSize = chunkSize;
    }

    /** Reads, prepares and hands on the whole library; returns the number of records. */
    public long run(RecordReader reader, Sink sink) throws IOException {
        AtomicInteger workerNo = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "prepare-" + workerNo.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        ThreadLocal<RecordPreparer> preparers = ThreadLocal.withInitial(() -> new RecordPreparer(spec, options));
        long records = 0;
        try {
            List<Entry> chunk = readChunk(reader);
            List<Future<List<PreparedRecord>>> pending = submit(pool, preparers, chunk);
            while (!chunk.isEmpty()) {
                records += chunk.size();
                List<Entry> next = readChunk(reader);
                List<Future<List<PreparedRecord>>> nextPending = submit(pool, preparers, next);
                sink.accept(collect(pending));
                chunk = next;
                pending = nextPending;
            }
            return records;
        } finally {
            pool.shutdownNow();
        }
    }

    private List<Entry> readChunk(RecordReader reader) throws IOException {
        List<Entry> chunk = new ArrayList<>(chunkSize);
        Entry e;
        while (chunk.size() < chunkSize && (e = reader.next()) != null) {
            chunk.add(e);
        }
        return chunk;
    }

    private List<Future<List<PreparedRecord>>> submit(ExecutorService pool, ThreadLocal<RecordPreparer> preparers,
                                                      List<Entry> chunk) {
        List<Future<List<PreparedRecord>>> futures = new ArrayList<>();
        int slice = Math.max(1, (chunk.size() + threads - 1) / threads);
        for (int from = 0; from < chunk.size(); from += slice) {
            List<Entry> part = chunk.subList(from, Math.min(chunk.size(), from + slice));
            futures.add(pool.submit(() -> {
                RecordPreparer preparer = preparers.get();
                List<PreparedRecord> out = new ArrayList<>(part.size());
                for (Entry entry : part) {
                    out.add(preparer.prepare(entry));
                }
                return out;
            }));
        }
        return futures;
    }

    private static List<PreparedRecord> collect(List<Future<List<PreparedRecord>>> futures) throws IOException {
        List<PreparedRecord> out = new ArrayList<>();
        for (Future<List<PreparedRecord>> f : futures) {
            try {
                out.addAll(f.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while preparing compounds", e);
            } catch (ExecutionException e) {
                throw new IOException("a preparation worker failed: " + e.getCause(), e.getCause());
            }
        }
        return out;
    }
}
