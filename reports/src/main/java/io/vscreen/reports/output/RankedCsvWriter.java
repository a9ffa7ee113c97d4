package io.vscreen.reports.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;

import io.vscreen.reports.OrderedBlocks;
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
            int[] next = {1};
            OrderedBlocks.run(n <= BLOCK ? 1 : threads, "ranked-csv", () -> {
                if (next[0] > n) {
                    return null;
                }
                int first = next[0];
                int last = Math.min(n, first + BLOCK - 1);
                next[0] = last + 1;
                return () -> rows(ranking, store, first, last);
            }, w::append);
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
}
