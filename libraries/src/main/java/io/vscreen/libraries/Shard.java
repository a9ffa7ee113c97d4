package io.vscreen.libraries;

import java.io.Serializable;

/**
 * A contiguous, record-aligned part of a library, read by one batch partition.
 * Shards from {@link Shards#split} cover the file exactly once, in order.
 *
 * @param index       0-based shard index
 * @param count       number of shards the library was split into
 * @param startByte   offset of the shard's first record (uncompressed bytes for gzip)
 * @param endByte     offset where the next shard starts ({@link Long#MAX_VALUE} for the last)
 * @param firstRecord global number of the shard's first record
 * @param recordCount number of records in the shard, or -1 when not counted
 */
public record Shard(int index, int count, long startByte, long endByte, long firstRecord, long recordCount)
        implements Serializable {

    public Shard {
        if (index < 0 || index >= count || startByte < 0 || endByte < startByte || firstRecord < 1 || recordCount < -1) {
            throw new IllegalArgumentException("invalid shard " + index + "/" + count + " [" + startByte + ", "
                    + endByte + ") from record " + firstRecord + " (" + recordCount + " records)");
        }
    }

    /** The whole library as one shard, its records not counted. */
    public static Shard whole() {
        return new Shard(0, 1, 0, Long.MAX_VALUE, 1, -1);
    }

    /** Where a reader of this shard starts. */
    public ReaderPosition start() {
        return new ReaderPosition(startByte, firstRecord);
    }

    /** Whether a position lies inside this shard (its end position included: nothing left to read). */
    public boolean contains(ReaderPosition position) {
        return position.byteOffset() >= startByte && position.byteOffset() <= endByte
                && position.recordNumber() >= firstRecord;
    }
}
