package io.vscreen.screening.batch;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * How the records of a screen were accounted for. They reconcile:
 * {@code read = scored + rejected + duplicates}.
 *
 * @param read       records read from all libraries
 * @param scored     distinct compounds scored and ranked
 * @param rejected   records that could not become a compound
 * @param duplicates records whose InChIKey an earlier record already had
 */
public record ScreenCounts(long read, long scored, long rejected, long duplicates) {

    public ScreenCounts {
        if (read != scored + rejected + duplicates) {
            throw new IllegalStateException("counts do not reconcile: read " + read + " != scored " + scored
                    + " + rejected " + rejected + " + duplicates " + duplicates);
        }
    }

    void write(Path file) throws IOException {
        Properties p = new Properties();
        p.setProperty("read", Long.toString(read));
        p.setProperty("scored", Long.toString(scored));
        p.setProperty("rejected", Long.toString(rejected));
        p.setProperty("duplicates", Long.toString(duplicates));
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            p.store(w, null);
        }
    }

    /** Reads the counts the rank step recorded in the work directory. */
    public static ScreenCounts read(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return new ScreenCounts(Long.parseLong(p.getProperty("read")), Long.parseLong(p.getProperty("scored")),
                Long.parseLong(p.getProperty("rejected")), Long.parseLong(p.getProperty("duplicates")));
    }

    @Override
    public String toString() {
        return read + " records read = " + scored + " scored + " + rejected + " rejected + " + duplicates
                + " duplicates";
    }
}
