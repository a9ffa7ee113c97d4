package io.vscreen.screening.batch;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Line-oriented SMILES files ({@code SMILES [id]} per line, blank lines ignored): cutting them
 * into line-aligned shards and reading a shard from a byte offset.
 *
 * <p>Interim support used until the library readers of the {@code libraries} module are wired
 * into the job; handles only {@code .smi}-style files.
 */
final class SmilesLineShards {

    private SmilesLineShards() {
    }

    /** Cuts a file into at most {@code n} line-aligned shards with their record counts. */
    static List<long[]> split(Path file, int n) throws IOException {
        long size;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            size = ch.size();
        }
        List<Long> cuts = new ArrayList<>();
        cuts.add(0L);
        for (int i = 1; i < n; i++) {
            long target = size * i / n;
            long cut = nextLineStart(file, target);
            if (cut > cuts.get(cuts.size() - 1) && cut < size) {
                cuts.add(cut);
            }
        }
        cuts.add(size);
        List<long[]> shards = new ArrayList<>();
        for (int i = 0; i + 1 < cuts.size(); i++) {
            long start = cuts.get(i);
            long end = cuts.get(i + 1);
            shards.add(new long[] {start, end, countRecords(file, start, end)});
        }
        return shards;
    }

    private static long nextLineStart(Path file, long from) throws IOException {
        if (from == 0) {
            return 0;
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ch.position(from - 1);
            InputStream in = new BufferedInputStream(Channels.newInputStream(ch));
            long pos = from - 1;
            int b;
            while ((b = in.read()) >= 0) {
                pos++;
                if (b == '\n') {
                    return pos;
                }
            }
            return pos;
        }
    }

    private static long countRecords(Path file, long start, long end) throws IOException {
        try (Lines lines = new Lines(file, start, end)) {
            long n = 0;
            while (lines.next() != null) {
                n++;
            }
            return n;
        }
    }

    /** Reads the non-blank lines of a byte range, tracking the offset after each line. */
    static final class Lines implements AutoCloseable {
        private final FileChannel channel;
        private final InputStream in;
        private final long end;
        private long offset;
        private byte[] buffer = new byte[256];

        Lines(Path file, long start, long end) throws IOException {
            this.channel = FileChannel.open(file, StandardOpenOption.READ);
            channel.position(start);
            this.in = new BufferedInputStream(Channels.newInputStream(channel), 1 << 16);
            this.offset = start;
            this.end = end;
        }

        /** Byte offset of the next unread line. */
        long offset() {
            return offset;
        }

        /** The next non-blank line without its terminator, or null at the end of the range. */
        String next() throws IOException {
            while (offset < end) {
                int len = 0;
                int b = 0;
                while (offset < end && (b = in.read()) >= 0) {
                    offset++;
                    if (b == '\n') {
                        break;
                    }
                    if (len == buffer.length) {
                        buffer = java.util.Arrays.copyOf(buffer, len * 2);
                    }
                    buffer[len++] = (byte) b;
                }
                if (len > 0 && buffer[len - 1] == '\r') {
                    len--;
                }
                String line = new String(buffer, 0, len, StandardCharsets.UTF_8);
                if (!line.isBlank()) {
                    return line;
                }
                if (b < 0) {
                    throw new java.io.EOFException("file ended at byte " + offset + " before the shard end " + end
                            + " (was it changed during the screen?)");
                }
            }
            return null;
        }

        @Override
        public void close() throws IOException {
            in.close();
            channel.close();
        }
    }
}
