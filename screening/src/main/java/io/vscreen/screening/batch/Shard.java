package io.vscreen.screening.batch;

import java.nio.file.Path;

/**
 * One partition's share of a library: a record-aligned byte range and the global numbers of the
 * records in it.
 *
 * @param partition   partition index (0-based, unique across all libraries of the screen)
 * @param library     index of the library in the screen's library list
 * @param file        the library file
 * @param start       byte offset of the first record
 * @param end         byte offset just past the last record
 * @param firstRecord global number (1-based, counted across all libraries) of the first record
 * @param records     number of records in the range
 */
public record Shard(int partition, int library, Path file, long start, long end, long firstRecord, long records) {

    public Shard {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad byte range " + start + ".." + end + " in " + file);
        }
        if (firstRecord < 1 || records < 0) {
            throw new IllegalArgumentException("bad record range " + firstRecord + "+" + records + " in " + file);
        }
    }

    String toLine() {
        return partition + "\t" + library + "\t" + start + "\t" + end + "\t" + firstRecord + "\t" + records + "\t" + file;
    }

    static Shard fromLine(String line) {
        String[] f = line.split("\t", 7);
        return new Shard(Integer.parseInt(f[0]), Integer.parseInt(f[1]), Path.of(f[6]), Long.parseLong(f[2]),
                Long.parseLong(f[3]), Long.parseLong(f[4]), Long.parseLong(f[5]));
    }
}
