package io.vscreen.libraries;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A {@link LibraryReader} made of a {@link RecordReader} (text to records) and a
 * {@link RecordParser} (records to molecules): reader-level rejects pass through, records are
 * parsed. Not thread-safe: one per thread.
 */
public final class CompoundReader implements LibraryReader {
    private final RecordReader records;
    private final RecordParser parser;

    public CompoundReader(RecordReader records, RecordParser parser) {
        this.records = Objects.requireNonNull(records, "records");
        this.parser = Objects.requireNonNull(parser, "parser");
    }

    @Override
    public Outcome next() throws IOException {
        Entry entry = records.next();
        if (entry == null) {
            return null;
        }
        if (entry instanceof Reject reject) {
            return new Outcome.Rejected(reject);
        }
        return parser.parse((Record) entry);
    }

    @Override
    public ReaderPosition position() {
        return records.position();
    }

    @Override
    public Path path() {
        return records.path();
    }

    @Override
    public void close() throws IOException {
        records.close();
    }
}
