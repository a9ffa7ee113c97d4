package io.vscreen.reports.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.vscreen.reports.AlertHit;
import io.vscreen.reports.Candidate;
import io.vscreen.reports.Score;

/**
 * Writes each candidate to a temporary file (a compact binary record) and keeps only its offset,
 * so that screens of millions of compounds need a few bytes of heap per compound beyond the
 * {@link io.vscreen.reports.rank.RankTable}. Candidates read back have no fingerprint (the rank
 * table keeps those). The file is deleted on {@link #close()}.
 */
public final class SpillingCandidateStore implements CandidateStore {

    private final Path file;
    private final FileChannel channel;
    private long[] offsets = new long[1024];
    private int size;
    private long end;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(512);
    /** Records not yet written to the file, which ends at {@code written}. */
    private final ByteBuffer pending = ByteBuffer.allocate(1 << 20);
    private long written;

    /** Creates the spill file in {@code dir} (e.g. the output directory or java.io.tmpdir). */
    public SpillingCandidateStore(Path dir) throws IOException {
        this.file = Files.createTempFile(dir, "vscreen-candidates-", ".bin");
        this.channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE,
                StandardOpenOption.DELETE_ON_CLOSE);
    }

    @Override
    public int add(Candidate c) throws IOException {
        buffer.reset();
        DataOutputStream out = new DataOutputStream(buffer);
        out.writeLong(c.record());
        out.writeUTF(c.id());
        out.writeUTF(c.source());
        writeLongString(out, c.smiles());
        out.writeUTF(c.inchikey());
        writeLongString(out, c.scaffold());
        out.writeInt(c.descriptors().size());
        for (Map.Entry<String, Double> e : new java.util.TreeMap<>(c.descriptors()).entrySet()) {
            out.writeUTF(e.getKey());
            out.writeDouble(e.getValue());
        }
        out.writeInt(c.alerts().size());
        for (AlertHit a : c.alerts()) {
            out.writeUTF(a.name());
            int[] atoms = a.atoms();
            out.writeInt(atoms.length);
            for (int i : atoms) {
                out.writeInt(i);
            }
        }
        out.writeInt(c.scores().size());
        for (Map.Entry<String, Score> e : new java.util.TreeMap<>(c.scores()).entrySet()) {
            out.writeUTF(e.getKey());
            out.writeDouble(e.getValue().value());
            out.writeDouble(e.getValue().std());
            out.writeDouble(e.getValue().adSimilarity());
        }
        out.flush();
        if (size == offsets.length) {
            offsets = Arrays.copyOf(offsets, size * 2);
        }
        offsets[size] = end;
        if (pending.remaining() < 4 + buffer.size()) {
            flush();
        }
        if (pending.remaining() < 4 + buffer.size()) {
            ByteBuffer bytes = ByteBuffer.allocate(4 + buffer.size());
            bytes.putInt(buffer.size()).put(buffer.toByteArray()).flip();
            while (bytes.hasRemaining()) {
                written += channel.write(bytes, written);
            }
        } else {
            pending.putInt(buffer.size());
            buffer.writeTo(new java.io.OutputStream() {
                @Override
                public void write(int b) {
                    pending.put((byte) b);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    pending.put(b, off, len);
                }
            });
        }
        end += 4 + buffer.size();
        return size++;
    }

    private void flush() throws IOException {
        pending.flip();
        while (pending.hasRemaining()) {
            written += channel.write(pending, written);
        }
        pending.clear();
    }

    private static void writeLongString(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String readLongString(DataInputStream in) throws IOException {
        byte[] b = new byte[in.readInt()];
        in.readFully(b);
        return new String(b, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Override
    public Candidate get(int row) throws IOException {
        if (row < 0 || row >= size) {
            throw new IndexOutOfBoundsException("row " + row + " of " + size);
        }
        if (pending.position() > 0) {
            flush();
        }
        long next = row + 1 < size ? offsets[row + 1] : end;
        ByteBuffer bytes = ByteBuffer.allocate((int) (next - offsets[row]));
        readFully(bytes, offsets[row]);
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.array(), 4, bytes.capacity() - 4));
        long record = in.readLong();
        String id = in.readUTF();
        String source = in.readUTF();
        String smiles = readLongString(in);
        String inchikey = in.readUTF();
        String scaffold = readLongString(in);
        Map<String, Double> descriptors = new LinkedHashMap<>();
        for (int i = in.readInt(); i > 0; i--) {
            descriptors.put(in.readUTF(), in.readDouble());
        }
        List<AlertHit> alerts = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            String name = in.readUTF();
            int[] atoms = new int[in.readInt()];
            for (int k = 0; k < atoms.length; k++) {
                atoms[k] = in.readInt();
            }
            alerts.add(new AlertHit(name, atoms));
        }
        Map<String, Score> scores = new LinkedHashMap<>();
        for (int i = in.readInt(); i > 0; i--) {
            scores.put(in.readUTF(), new Score(in.readDouble(), in.readDouble(), in.readDouble()));
        }
        return new Candidate(record, id, source, smiles, inchikey, descriptors, alerts, scaffold, null, scores);
    }

    private void readFully(ByteBuffer b, long position) throws IOException {
        long p = position;
        while (b.hasRemaining()) {
            int n = channel.read(b, p);
            if (n < 0) {
                throw new IOException("spill file " + file + " ends early at " + p);
            }
            p += n;
        }
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public void close() throws IOException {
        channel.close();
        Files.deleteIfExists(file);
    }
}
