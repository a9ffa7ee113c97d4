package io.vscreen.reports.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;

import io.vscreen.reports.rank.Ranking;
import io.vscreen.reports.store.CandidateStore;

/**
 * Writes {@code ranked.csv}: every compound, best first, in the {@link RankedColumns} schema;
 * RFC 4180 (comma, CRLF, double quotes where needed: commons-csv's {@link #FORMAT}), UTF-8
 * without BOM. Blocks of consecutive
 * ranks are read from the {@link CandidateStore} and printed on several threads and written in
 * rank order, a few blocks in flight at a time, so the file is the same whatever the number of
 * threads and the heap holds a few thousand rows at most.
 */
public final class RankedCsvWriter {

    /** RFC 4180 with a header line, minimal quoting. */
    public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.MINIMAL).get();

    /** Ranks printed per task. */
    private static final int BLOCK = 2048;

    private final RankedColumns columns;
    private final int threads;

    /** A writer printing on up to 4 threads (as many as there are processors). */
    public RankedCsvWriter(RankedColumns columns) {
        this(columns, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    /** A writer printing on {@code threads} threads (1: on the calling thread only). */
    public RankedCsvWriter(RankedColumns columns, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.columns = columns;
        this.threads = threads;
    }

    /**
     * Writes the file; the store is only read ({@link CandidateStore#get} from several threads
     * at once).
     */
    public void write(Path file, Ranking ranking, CandidateStore store) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            StringBuilder header = new StringBuilder();
            record(FORMAT, header, columns.header());
            w.append(header);
            int n = ranking.size();
            if (threads == 1 || n <= BLOCK) {
                for (int first = 1; first <= n; first += BLOCK) {
                    w.append(rows(ranking, store, first, Math.min(n, first + BLOCK - 1)));
                }
                return;
            }
            ExecutorService printers = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "ranked-csv");
                t.setDaemon(true);
                return t;
            });
            try {
                ArrayDeque<Future<StringBuilder>> inFlight = new ArrayDeque<>();
                int next = 1;
                while (next <= n || !inFlight.isEmpty()) {
                    while (next <= n && inFlight.size() < 2 * threads + 1) {
                        int first = next;
                        int last = Math.min(n, first + BLOCK - 1);
                        inFlight.add(printers.submit(() -> rows(ranking, store, first, last)));
                        next = last + 1;
                    }
                    w.append(done(inFlight.poll()));
                }
            } finally {
                printers.shutdownNow();
            }
        }
    }

    /** The rows of ranks {@code first..last}, each ending with CRLF. */
    private StringBuilder rows(Ranking ranking, CandidateStore store, int first, int last) throws IOException {
        StringBuilder out = new StringBuilder(256 * (last - first + 1));
        CSVFormat format = FORMAT.builder().get();
        for (int rank = first; rank <= last; rank++) {
            int row = ranking.rowAt(rank);
            record(format, out, columns.values(ranking, row, store.get(row)));
        }
        return out;
    }

    /**
     * Prints one record with a copy of {@link #FORMAT} (its print methods lock the format, so each
     * printing thread uses its own).
     */
    private static void record(CSVFormat format, StringBuilder out, List<String> fields) throws IOException {
        format.printRecord(out, fields.toArray());
    }

    private static StringBuilder done(Future<StringBuilder> block) throws IOException {
        try {
            return block.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while writing ranked.csv");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IOException(e.getCause().getMessage(), e.getCause());
        }
    }
}
