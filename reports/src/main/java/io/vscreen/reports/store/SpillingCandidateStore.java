package io.vscreen.reports.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

import io.vscreen.reports.Candidate;

/**
 * Writes each candidate to a temporary file (a compact binary record, see {@link CandidateCodec})
 * and keeps only its offset, so that screens of millions of compounds need a few bytes of heap per
 * compound beyond the {@link io.vscreen.reports.rank.RankTable}. The file is read back through
 * memory mappings of up to 1 GiB (no record crosses one), so reading the candidates in rank order
 * costs no system call per candidate, and the operating system keeps in memory the pages in use.
 * Candidates read back have no fingerprint (the rank table keeps those). The file is deleted on
 * {@link #close()}.
 *
 * <p>One thread adds; {@link #get(int)} may then be called from several threads at once.
 */
public final class SpillingCandidateStore implements CandidateStore {

    /** Each mapping covers at most 2^30 bytes. */
    private static final int CHUNK_SHIFT = 30;

    private final int chunkShift;
    private final long chunkBytes;
    private final Path file;
    private final FileChannel channel;
    private final CandidateCodec codec;
    private long[] offsets = new long[1024];
    private int size;
    /** Where the next record goes. */
    private long end;
    /** Records not yet written to the file, which ends at {@code written}. */
    private final ByteBuffer pending = ByteBuffer.allocate(1 << 20);
    private long written;
    /** The mapped part of each 1 GiB chunk of the file; guarded by this. */
    private ByteBuffer[] chunks = new ByteBuffer[0];

    /** Creates the spill file in {@code dir} (e.g. the output directory or java.io.tmpdir). */
    public SpillingCandidateStore(Path dir) throws IOException {
        this(dir, CHUNK_SHIFT, CandidateCodec.MAX_NAMES);
    }

    /** A store mapping at most 2^{@code chunkShift} bytes at a time, numbering at most {@code maxNames} names. */
    SpillingCandidateStore(Path dir, int chunkShift, int maxNames) throws IOException {
        this.chunkShift = chunkShift;
        this.chunkBytes = 1L << chunkShift;
        this.codec = new CandidateCodec(maxNames);
        this.file = Files.createTempFile(dir, "vscreen-candidates-", ".bin");
        this.channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE,
                StandardOpenOption.DELETE_ON_CLOSE);
    }

    @Override
    public int add(Candidate c) throws IOException {
        CandidateCodec.Bytes record = codec.encode(c);
        int length = record.length();
        long total = 4L + length;
        if (total > chunkBytes) {
            throw new IOException("record " + c.record() + " (" + c.id() + ") needs " + total
                    + " bytes in the candidate file " + file + "; at most " + chunkBytes + " fit");
        }
        if (size == offsets.length) {
            offsets = Arrays.copyOf(offsets, size * 2);
        }
        if ((end & (chunkBytes - 1)) + total > chunkBytes) {
            flush();
            end = (end | (chunkBytes - 1)) + 1; // no record crosses a mapping
            written = end;
        }
        offsets[size] = end;
        if (pending.remaining() < total) {
            flush();
        }
        if (pending.remaining() < total) {
            ByteBuffer bytes = ByteBuffer.allocate((int) total);
            bytes.putInt(length).put(record.array(), 0, length).flip();
            while (bytes.hasRemaining()) {
                written += channel.write(bytes, written);
            }
        } else {
            pending.putInt(length).put(record.array(), 0, length);
        }
        end += total;
        return size++;
    }

    private void flush() throws IOException {
        pending.flip();
        while (pending.hasRemaining()) {
            written += channel.write(pending, written);
        }
        pending.clear();
    }

    @Override
    public Candidate get(int row) throws IOException {
        if (row < 0 || row >= size) {
            throw new IndexOutOfBoundsException("row " + row + " of " + size);
        }
        long from = offsets[row];
        int at = (int) (from & (chunkBytes - 1));
        ByteBuffer chunk = mapping(from, 4);
        int length = chunk.getInt(at);
        if (at + 4L + length > chunk.capacity()) {
            chunk = mapping(from, 4L + length);
        }
        byte[] bytes = new byte[length];
        chunk.get(at + 4, bytes);
        return codec.decode(bytes);
    }

    /**
     * The mapping of the 1 GiB chunk that holds {@code bytes} bytes from {@code from}; maps the
     * chunk, or maps it further, when it does not cover them yet (records added since).
     */
    private synchronized ByteBuffer mapping(long from, long bytes) throws IOException {
        int index = (int) (from >>> chunkShift);
        long start = (long) index << chunkShift;
        long needed = from - start + bytes;
        if (index < chunks.length && chunks[index] != null && chunks[index].capacity() >= needed) {
            return chunks[index];
        }
        if (pending.position() > 0) {
            flush();
        }
        if (index >= chunks.length) {
            chunks = Arrays.copyOf(chunks, index + 1);
        }
        chunks[index] = channel.map(FileChannel.MapMode.READ_ONLY, start, Math.min(chunkBytes, written - start));
        return chunks[index];
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public void close() throws IOException {
        synchronized (this) {
            chunks = new ByteBuffer[0];
        }
        channel.close();
        Files.deleteIfExists(file);
    }
}
