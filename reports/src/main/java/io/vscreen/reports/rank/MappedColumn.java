package io.vscreen.reports.rank;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A column of fixed-width values (numbers or fingerprint words) kept outside the heap: written
 * once to a temporary file, then memory-mapped read-only and the file unlinked (the mapping keeps
 * its pages alive until it is collected). The operating system pages it in and out, so a column
 * of 10 million rows costs no heap and only as much physical memory as the pages in use.
 * Reads are thread-safe (absolute gets only).
 */
final class MappedColumn {

    /** Each mapping covers at most 2^30 bytes. */
    private static final int CHUNK_BYTES_SHIFT = 30;

    private final ByteBuffer[] chunks;
    private final int width;
    private final int rowShift;
    private final int rowMask;
    private final long rows;

    private MappedColumn(ByteBuffer[] chunks, int width, int rowShift, long rows) {
        this.chunks = chunks;
        this.width = width;
        this.rowShift = rowShift;
        this.rowMask = (1 << rowShift) - 1;
        this.rows = rows;
    }

    long rows() {
        return rows;
    }

    private ByteBuffer chunk(long row) {
        if (row < 0 || row >= rows) {
            throw new IndexOutOfBoundsException("row " + row + " of " + rows);
        }
        return chunks[(int) (row >>> rowShift)];
    }

    private int at(long row) {
        return (int) (row & rowMask) * width;
    }

    float getFloat(long row) {
        return chunk(row).getFloat(at(row));
    }

    long getLong(long row) {
        return chunk(row).getLong(at(row));
    }

    /** The first {@code count} words of a row (at most {@code width / 8}). */
    long[] getLongs(long row, int count) {
        ByteBuffer b = chunk(row);
        int p = at(row);
        long[] out = new long[Math.min(count, width / 8)];
        for (int i = 0; i < out.length; i++) {
            out[i] = b.getLong(p + 8 * i);
        }
        return out;
    }

    /**
     * Opens a fresh temporary file for reading and writing so that nothing is left behind: on
     * POSIX systems the name is removed as soon as it is opened (the open channel and, later, its
     * mappings keep the data), elsewhere when the channel closes. A builder abandoned half-way or
     * a killed process leaves no file.
     */
    static FileChannel openUnlinked(Path file) throws IOException {
        try {
            return FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE,
                    StandardOpenOption.DELETE_ON_CLOSE);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    /** Appends rows of {@code width} bytes; {@link #finish()} maps what was written. */
    static final class Writer {
        private final Path file;
        private final FileChannel channel;
        private final ByteBuffer buffer;
        private final int width;
        private final int rowShift;
        private long rows;

        /** @param width bytes per row, a power of two */
        Writer(Path dir, int width) throws IOException {
            if (Integer.bitCount(width) != 1) {
                throw new IllegalArgumentException("row width must be a power of two, was " + width);
            }
            this.width = width;
            this.rowShift = CHUNK_BYTES_SHIFT - Integer.numberOfTrailingZeros(width);
            Files.createDirectories(dir);
            this.file = Files.createTempFile(dir, "vscreen-rank-", ".col");
            this.channel = openUnlinked(file);
            this.buffer = ByteBuffer.allocate(Math.max(width, 1 << 14)).order(ByteOrder.nativeOrder());
        }

        private void room(int bytes) throws IOException {
            if (buffer.remaining() < bytes) {
                flush();
            }
        }

        void putFloat(float v) throws IOException {
            room(4);
            buffer.putFloat(v);
            rows++;
        }

        void putLong(long v) throws IOException {
            room(8);
            buffer.putLong(v);
            rows++;
        }

        /** One row of {@code width / 8} words ({@code null} or short arrays are padded with zeros). */
        void putLongs(long[] words) throws IOException {
            room(width);
            for (int i = 0; i < width / 8; i++) {
                buffer.putLong(words != null && i < words.length ? words[i] : 0L);
            }
            rows++;
        }

        private void flush() throws IOException {
            buffer.flip();
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            buffer.clear();
        }

        MappedColumn finish() throws IOException {
            try {
                flush();
                long bytes = rows * width;
                long chunkBytes = 1L << CHUNK_BYTES_SHIFT;
                int n = (int) ((bytes + chunkBytes - 1) / chunkBytes);
                ByteBuffer[] chunks = new ByteBuffer[n];
                for (int i = 0; i < n; i++) {
                    long from = i * chunkBytes;
                    MappedByteBuffer m = channel.map(FileChannel.MapMode.READ_ONLY, from, Math.min(chunkBytes, bytes - from));
                    chunks[i] = m.order(ByteOrder.nativeOrder());
                }
                return new MappedColumn(chunks, width, rowShift, rows);
            } finally {
                channel.close();
                Files.deleteIfExists(file);
            }
        }

        /** Drops the file without mapping it. */
        void discard() throws IOException {
            channel.close();
            Files.deleteIfExists(file);
        }
    }
}
