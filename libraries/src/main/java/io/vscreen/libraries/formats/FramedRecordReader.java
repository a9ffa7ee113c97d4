package io.vscreen.libraries.formats;

import java.io.IOException;
import java.nio.file.Path;

import io.vscreen.libraries.Entry;
import io.vscreen.libraries.LibraryFormat;
import io.vscreen.libraries.LibrarySpec;
import io.vscreen.libraries.ReaderPosition;
import io.vscreen.libraries.RecordReader;
import io.vscreen.libraries.Reject;

/**
 * The shared skeleton of the format readers: a format finds where each record starts and ends
 * ({@link #frame()}, bytes only) and turns a framed record into an entry ({@link #decode(long)}).
 * Counting and shard splitting use framing alone, so they agree exactly with reading.
 * Reading stops at the shard's end byte: the first record starting at or after it belongs to
 * the next shard.
 */
abstract class FramedRecordReader implements RecordReader {
    final LibrarySpec spec;
    final LineInput in;
    private final LibraryFormat format;
    private final String stem;
    private final long endByte;
    private long nextNumber;
    private ReaderPosition position;
    private boolean done;
    /** Offset of the current record's first byte, set by {@link #frame()}. */
    long frameStart;

    FramedRecordReader(LibrarySpec spec, LibraryFormat format, LineInput in, ReaderPosition start, long endByte) {
        this.spec = spec;
        this.format = format;
        this.in = in;
        this.stem = spec.stem();
        this.endByte = endByte;
        this.nextNumber = start.recordNumber();
        this.position = new ReaderPosition(in.offset(), start.recordNumber());
    }

    /** Frames the next record (its bytes, its start); false when the input has no more records. */
    abstract boolean frame() throws IOException;

    /** Turns the framed record into a record or a reader-level reject. */
    abstract Entry decode(long number);

    @Override
    public final Entry next() throws IOException {
        if (!advance()) {
            return null;
        }
        Entry e = decode(nextNumber - 1);
        return e;
    }

    /** Frames the next record without decoding it; false at the end of the file or shard. */
    final boolean advance() throws IOException {
        if (done) {
            return false;
        }
        if (!frame() || frameStart >= endByte) {
            done = true;
            return false;
        }
        nextNumber++;
        position = new ReaderPosition(in.offset(), nextNumber);
        return true;
    }

    @Override
    public final ReaderPosition position() {
        return position;
    }

    @Override
    public final LibraryFormat format() {
        return format;
    }

    @Override
    public final Path path() {
        return spec.path();
    }

    /** The id given to records that have none in the file. */
    final String generatedId(long number) {
        return stem + ":" + number;
    }

    final Reject reject(long number, String id, String raw, String reason) {
        return new Reject(number, id == null || id.isBlank() ? generatedId(number) : id, raw, reason);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
