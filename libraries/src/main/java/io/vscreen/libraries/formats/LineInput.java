package io.vscreen.libraries.formats;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

import io.vscreen.libraries.LibraryException;

/**
 * Reads a library file line by line as bytes, knowing the byte offset of every line, so that
 * readers can report and resume positions exactly. Gzip is detected by its magic bytes; offsets
 * then count uncompressed bytes and seeking means decompressing and discarding. A UTF-8 byte
 * order mark at the start of the file is skipped. Lines end at LF; a CR before it is dropped.
 * Lines longer than the limit are cut (and flagged) while the rest of the line is skipped, so
 * that binary files without line breaks cannot exhaust memory.
 */
final class LineInput implements Closeable {
    private static final int BUFFER = 1 << 16;

    private final Path path;
    private final boolean gzip;
    private final FileChannel channel;
    private InputStream in;
    private final byte[] buf = new byte[BUFFER];
    private int pos;
    private int lim;
    private long base;
    private final int maxLineBytes;

    /** The current line's bytes [0, length), without its line terminator. */
    byte[] line = new byte[256];
    int length;
    /** Offset of the current line's first byte. */
    long lineStart;
    /** Whether the current line was longer than the limit and has been cut. */
    boolean overlong;

    private LineInput(Path path, boolean gzip, FileChannel channel, InputStream in, int maxLineBytes) {
        this.path = path;
        this.gzip = gzip;
        this.channel = channel;
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** Opens a library file at byte {@code offset} (uncompressed offset for gzip). */
    static LineInput open(Path path, long offset, int maxLineBytes) throws LibraryException {
        checkReadable(path);
        try {
            boolean gzip = isGzip(path);
            LineInput input;
            if (gzip) {
                InputStream raw = new BufferedInputStream(Files.newInputStream(path), BUFFER);
                input = new LineInput(path, true, null, new GZIPInputStream(raw, BUFFER), maxLineBytes);
            } else {
                FileChannel ch = FileChannel.open(path, StandardOpenOption.READ);
                input = new LineInput(path, false, ch, Channels.newInputStream(ch), maxLineBytes);
            }
            if (offset == 0) {
                input.skipByteOrderMark();
            } else {
                input.seek(offset);
            }
            return input;
        } catch (LibraryException e) {
            throw e;
        } catch (ZipException | EOFException e) {
            throw new LibraryException(path, "gzip data corrupt: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new LibraryException(path, "cannot read library file: " + e, e);
        }
    }

    static void checkReadable(Path path) throws LibraryException {
        if (Files.isDirectory(path)) {
            throw new LibraryException(path, "is a directory, not a library file");
        }
        if (!Files.exists(path)) {
            throw new LibraryException(path, "library file does not exist");
        }
        if (!Files.isReadable(path)) {
            throw new LibraryException(path, "library file is not readable (permission denied)");
        }
    }

    static boolean isGzip(Path path) throws IOException {
        try (InputStream s = Files.newInputStream(path)) {
            return s.read() == 0x1f && s.read() == 0x8b;
        } catch (NoSuchFileException | AccessDeniedException e) {
            throw new LibraryException(path, "cannot open library file: " + e.getClass().getSimpleName(), e);
        }
    }

    boolean isGzip() {
        return gzip;
    }

    /** Offset of the next unread byte. */
    long offset() {
        return base + pos;
    }

    /** Moves forward to {@code target} (an offset at or after the current one). */
    void seek(long target) throws IOException {
        long here = offset();
        if (target < here) {
            throw new IllegalArgumentException("cannot seek backwards from " + here + " to " + target);
        }
        if (target - here <= lim - pos) {
            pos += (int) (target - here);
            return;
        }
        if (channel != null) {
            channel.position(target);
            base = target;
            pos = 0;
            lim = 0;
            return;
        }
        long toSkip = target - here - (lim - pos);
        base += lim;
        pos = 0;
        lim = 0;
        while (toSkip > 0) {
            int n = readSome(buf, 0, (int) Math.min(buf.length, toSkip));
            if (n < 0) {
                break;
            }
            base += n;
            toSkip -= n;
        }
    }

    /**
     * Reads the next line into {@link #line}; false at end of file. A final line without a
     * terminator counts; an empty tail after the last terminator does not.
     */
    boolean readLine() throws IOException {
        if (pos >= lim && !fill()) {
            return false;
        }
        lineStart = base + pos;
        length = 0;
        overlong = false;
        while (true) {
            int i = pos;
            byte[] b = buf;
            int end = lim;
            while (i < end && b[i] != '\n') {
                i++;
            }
            append(b, pos, i - pos);
            if (i < end) {
                pos = i + 1;
                break;
            }
            pos = end;
            if (!fill()) {
                break;
            }
        }
        if (length > 0 && line[length - 1] == '\r' && !overlong) {
            length--;
        }
        return true;
    }

    private void append(byte[] src, int from, int n) {
        if (n == 0) {
            return;
        }
        int room = maxLineBytes - length;
        if (n > room) {
            overlong = true;
            n = Math.max(room, 0);
            if (n == 0) {
                return;
            }
        }
        if (length + n > line.length) {
            byte[] grown = new byte[Math.min(maxLineBytes, Math.max(line.length * 2, length + n))];
            System.arraycopy(line, 0, grown, 0, length);
            line = grown;
        }
        System.arraycopy(src, from, line, length, n);
        length += n;
    }

    private boolean fill() throws IOException {
        base += lim;
        pos = 0;
        lim = 0;
        int n = readSome(buf, 0, buf.length);
        if (n <= 0) {
            return false;
        }
        lim = n;
        return true;
    }

    private int readSome(byte[] b, int off, int len) throws IOException {
        try {
            int n;
            do {
                n = in.read(b, off, len);
            } while (n == 0);
            return n;
        } catch (ZipException | EOFException e) {
            throw new LibraryException(path, "gzip data corrupt or truncated after " + (base + pos)
                    + " uncompressed bytes: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new LibraryException(path, "read failed after byte " + (base + pos) + ": " + e, e);
        }
    }

    private void skipByteOrderMark() throws IOException {
        if (fill() && lim >= 3 && (buf[0] & 0xff) == 0xEF && (buf[1] & 0xff) == 0xBB && (buf[2] & 0xff) == 0xBF) {
            pos = 3;
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
        if (channel != null) {
            channel.close();
        }
    }
}
