package io.vscreen.libraries;

import java.io.Serializable;

/**
 * Where a reader stands: the byte offset at which the next record starts and that record's number.
 * Saved as a batch checkpoint, it lets a reader resume exactly. For gzip libraries the offset
 * counts uncompressed bytes.
 *
 * @param byteOffset   offset of the next record's first byte (in uncompressed bytes)
 * @param recordNumber 1-based number of the next record
 */
public record ReaderPosition(long byteOffset, long recordNumber) implements Serializable {
    public ReaderPosition {
        if (byteOffset < 0 || recordNumber < 1) {
            throw new IllegalArgumentException("invalid reader position: byte " + byteOffset + ", record " + recordNumber);
        }
    }
}
