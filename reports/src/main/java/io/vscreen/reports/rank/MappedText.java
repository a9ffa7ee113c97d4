package io.vscreen.reports.rank;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A column of short texts (up to 65,535 UTF-8 bytes each) kept outside the heap, like
 * {@link MappedColumn}: the bytes go to a temporary file that is then memory-mapped and unlinked;
 * a row's position and length sit in a mapped 8-byte column. No text crosses a mapping boundary.
 * Reads are thread-safe.
 */
final class MappedText {

    private static final int CHUNK_SHIFT = 30;
    private static final long CHUNK = 1L << CHUNK_SHIFT;

    private final MappedColumn index;
    private final ByteBuffer[] chunks;

    private MappedText(MappedColumn index, ByteBuffer[] chunks) {
        this.index = index;
        this.chunks = chunks;
    }

    /** The text of a row, empty when none was given. */
    String get(long row) {
        long entry = index.getLong(row);
        int length = (int) (entry & 0xFFFF);
        if (length == 0) {
            return "";
        }
        long position = entry >>> 16;
        ByteBuffer chunk = chunks[(int) (position >>> CHUNK_SHIFT)];
        byte[] b = new byte[length];
        chunk.get((int) (position & (CHUNK - 1)), b);
        return new String(b, StandardCharsets.UTF_8);
    }

    /** Appends one text per row. */
    static final class Writer {
        private final MappedColumn.Writer index;
        private final Path file;
        private final FileChannel channel;
        private long position;
        /** Texts not yet written; they go to the file from {@code flushed} on. */
        private final ByteBuffer pending = ByteBuffer.allocate(1 << 16);
        private long flushed;

        Writer(Path dir) throws IOException {
            this.index = new MappedColumn.Writer(dir, 8);
            this.file = Files.createTempFile(dir, "vscreen-rank-", ".txt");
            this.channel = MappedColumn.openUnlinked(file);
        }

        void put(String text) throws IOException {
            if (text == null || text.isEmpty()) {
                index.putLong(0);
                return;
            }
            byte[] b = text.getBytes(StandardCharsets.UTF_8);
            if (b.length > 0xFFFF) {
                b = java.util.Arrays.copyOf(b, 0xFFFF);
            }
            if ((position & (CHUNK - 1)) + b.length > CHUNK) {
                flush();
                position = (position | (CHUNK - 1)) + 1; // next mapping
                flushed = position;
            }
            if (pending.remaining() < b.length) {
                flush();
            }
            pending.put(b);
            index.putLong(position << 16 | b.length);
            position += b.length;
        }

        private void flush() throws IOException {
            pending.flip();
            while (pending.hasRemaining()) {
                flushed += channel.write(pending, flushed);
            }
            pending.clear();
        }

        MappedText finish() throws IOException {
            try {
                flush();
                int n = (int) ((position + CHUNK - 1) / CHUNK);
                ByteBuffer[] chunks = new ByteBuffer[n];
                for (int i = 0; i < n; i++) {
                    long from = i * CHUNK;
                    chunks[i] = channel.map(FileChannel.MapMode.READ_ONLY, from, Math.min(CHUNK, position - from));
                }
                return new MappedText(index.finish(), chunks);
            } finally {
                channel.close();
                Files.deleteIfExists(file);
            }
        }
    }
}
