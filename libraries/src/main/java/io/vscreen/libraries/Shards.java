package io.vscreen.libraries;

import java.io.IOException;
import java.util.List;

import io.vscreen.libraries.formats.RecordReaders;

/**
 * Splits a library into record-aligned shards for parallel batch partitions.
 *
 * <p>One scan of the file frames every record (the same framing the readers use), cuts it into
 * {@code n} byte ranges of about equal size moved forward to the next record start (a line
 * start; for SD files the line after {@code $$$$}; for CSV/TSV the start of a row, quoted line
 * breaks included), and counts the records before each cut so that record numbers stay global.
 * Reading shards 0..n-1 gives exactly the records of a full read, in order, with the same numbers.
 *
 * <p>Gzip libraries cannot seek: their offsets count uncompressed bytes, and a shard reader
 * decompresses and discards everything before its start. Shards then still partition the work,
 * but each decompresses the prefix before it (cheap next to parsing: ZINC250k decompresses in
 * well under a second).
 */
public final class Shards {
    private Shards() {
    }

    /** {@code n} shards covering the library in order (some empty if it has fewer records than shards). */
    public static List<Shard> split(LibrarySpec spec, int n) throws IOException {
        return RecordReaders.split(spec, n);
    }
}
