package io.vscreen.libraries.writers;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import io.vscreen.libraries.Reject;

/**
 * Writes rejects as RFC 4180 CSV with the header {@code record,id,raw,reason}; raw SDF blocks and
 * text with commas, quotes or line breaks are quoted. Not thread-safe.
 */
public final class RejectsCsvWriter implements Closeable, Flushable {
    /** The header columns. */
    public static final String[] HEADER = {"record", "id", "raw", "reason"};

    private final CSVPrinter printer;
    private long count;

    /** Writes to {@code out} (not closed until this writer is), header first. */
    public RejectsCsvWriter(Writer out) throws IOException {
        this.printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get());
    }

    /** Creates (or replaces) a UTF-8 file. */
    public static RejectsCsvWriter create(Path file) throws IOException {
        BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        try {
            return new RejectsCsvWriter(w);
        } catch (IOException e) {
            w.close();
            throw e;
        }
    }

    public void write(Reject reject) throws IOException {
        printer.printRecord(reject.number(), reject.id(), reject.raw(), reject.reason());
        count++;
    }

    /** Rejects written so far. */
    public long count() {
        return count;
    }

    @Override
    public void flush() throws IOException {
        printer.flush();
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
