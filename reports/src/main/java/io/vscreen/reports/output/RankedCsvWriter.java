package io.vscreen.reports.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

import io.vscreen.reports.rank.Ranking;
import io.vscreen.reports.store.CandidateStore;

/**
 * Writes {@code ranked.csv}: every compound, best first, in the {@link RankedColumns} schema;
 * RFC 4180 (comma, CRLF, double quotes where needed), UTF-8 without BOM. Streams one row at a
 * time from the {@link CandidateStore}.
 */
public final class RankedCsvWriter {

    /** RFC 4180 with a header line, minimal quoting. */
    public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.MINIMAL).get();

    private final RankedColumns columns;

    public RankedCsvWriter(RankedColumns columns) {
        this.columns = columns;
    }

    public void write(Path file, Ranking ranking, CandidateStore store) throws IOException {
        // rows are printed to a StringBuilder and written in blocks: the writer's lock is taken
        // once per block, not once per character
        StringBuilder block = new StringBuilder(1 << 17);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            CSVPrinter csv = new CSVPrinter(block, FORMAT);
            csv.printRecord(columns.header());
            for (int rank = 1; rank <= ranking.size(); rank++) {
                int row = ranking.rowAt(rank);
                csv.printRecord(columns.values(ranking, row, store.get(row)));
                if (block.length() >= 1 << 16) {
                    w.append(block);
                    block.setLength(0);
                }
            }
            w.append(block);
        }
    }
}
