package io.vscreen.screening.batch;

import java.nio.file.Path;

/**
 * One partition's share of the screen: a shard of one library (record-aligned byte range, from
 * {@link io.vscreen.libraries.Shards}) and the offset that turns the library's record numbers into
 * the screen's global ones (records are numbered across all libraries, in order).
 *
 * @param partition    partition index (0-based, unique across all libraries of the screen)
 * @param library      index of the library in the screen's library list
 * @param file         the library file
 * @param shard        the shard of that library
 * @param recordOffset added to a library record number to give the global record number
 */
public record Shard(int partition, int library, Path file, io.vscreen.libraries.Shard shard, long recordOffset) {

    /** Number of records in the shard. */
    public long records() {
        return shard.recordCount();
    }

    /** Global number of the shard's first record. */
    public long firstRecord() {
        return shard.firstRecord() + recordOffset;
    }

    String toLine() {
        return partition + "\t" + library + "\t" + shard.index() + "\t" + shard.count() + "\t" + shard.startByte() + "\t"
                + shard.endByte() + "\t" + shard.firstRecord() + "\t" + shard.recordCount() + "\t" + recordOffset + "\t"
                + file;
    }

    static Shard fromLine(String line) {
        String[] f = line.split("\t", 10);
        io.vscreen.libraries.Shard s = new io.vscreen.libraries.Shard(Integer.parseInt(f[2]), Integer.parseInt(f[3]),
                Long.parseLong(f[4]), Long.parseLong(f[5]), Long.parseLong(f[6]), Long.parseLong(f[7]));
        return new Shard(Integer.parseInt(f[0]), Integer.parseInt(f[1]), Path.of(f[9]), s, Long.parseLong(f[8]));
    }
}
