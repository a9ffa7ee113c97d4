package io.vscreen.libraries;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Streams the records of one library file (or one shard of it) as text, one {@link Entry} per
 * record: a {@link Record}, or a {@link Reject} when the record is unusable as text. No chemistry
 * happens here. A bad record never throws; only a file that cannot be read does
 * ({@link LibraryException}). Not thread-safe: one reader per thread.
 */
public interface RecordReader extends Closeable {

    /** The next record or reader-level reject, or null at the end of the file or shard. */
    Entry next() throws IOException;

    /**
     * Where the next record starts. Opening the same library at this position (with the same
     * shard) continues exactly with the record that {@link #next()} would return.
     */
    ReaderPosition position();

    /** The file's format as read. */
    LibraryFormat format();

    /** The library file. */
    Path path();
}
