package io.vscreen.reports.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import io.vscreen.reports.AlertHit;
import io.vscreen.reports.Candidate;
import io.vscreen.reports.Score;

/**
 * The binary record of a {@link Candidate} in a {@link SpillingCandidateStore} (without its
 * fingerprint): record number, id, source, SMILES, InChIKey, scaffold, descriptors, alerts and
 * scores. Counts and lengths are variable-length integers; a number is a tag byte then nothing
 * (NaN), the 4 bytes of a float (when a float holds it exactly, as it holds model scores and
 * descriptor counts) or the 8 bytes of a double. Names that repeat from compound to compound
 * (source, descriptor names, score keys, alert names) are written once into a dictionary held
 * in memory and then by number; the dictionary is bounded, and names beyond it are written in
 * full.
 *
 * <p>Encoding is for one thread (the store's writer); decoding is safe from several threads once
 * the records to decode have been encoded.
 */
final class CandidateCodec {

    /** The most distinct names numbered; later ones are written in full each time. */
    static final int MAX_NAMES = 1 << 16;

    private static final int NAN = 0;
    private static final int FLOAT = 1;
    private static final int DOUBLE = 2;
    private static final long CANONICAL_NAN = Double.doubleToRawLongBits(Double.NaN);

    private final int maxNames;
    private final Map<String, Integer> numbers = new HashMap<>();
    private String[] names = new String[16];
    /** Names in use; written after each new name, so a reader that sees it sees the names. */
    private volatile int nameCount;
    private final Bytes out = new Bytes();

    /** @param maxNames the most distinct names numbered */
    CandidateCodec(int maxNames) {
        this.maxNames = maxNames;
    }

    /** A growing byte array, reused from record to record. */
    static final class Bytes {
        private byte[] array = new byte[512];
        private int length;

        byte[] array() {
            return array;
        }

        int length() {
            return length;
        }

        private void room(int n) {
            if (length + n > array.length) {
                array = Arrays.copyOf(array, Math.max(array.length * 2, length + n));
            }
        }

        private void put(int b) {
            room(1);
            array[length++] = (byte) b;
        }

        private void varint(long v) {
            room(10);
            while ((v & ~0x7FL) != 0) {
                array[length++] = (byte) ((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            array[length++] = (byte) v;
        }

        private void fixed(long v, int bytes) {
            room(bytes);
            for (int i = bytes - 1; i >= 0; i--) {
                array[length++] = (byte) (v >>> (8 * i));
            }
        }

        private void text(String s) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            varint(b.length);
            room(b.length);
            System.arraycopy(b, 0, array, length, b.length);
            length += b.length;
        }
    }

    /** The record of {@code c}, valid until the next call. */
    Bytes encode(Candidate c) {
        Bytes b = out;
        b.length = 0;
        b.varint(c.record());
        b.text(c.id());
        name(c.source());
        b.text(c.smiles());
        b.text(c.inchikey());
        b.text(c.scaffold());
        b.varint(c.descriptors().size());
        for (Map.Entry<String, Double> e : c.descriptors().entrySet()) {
            name(e.getKey());
            number(e.getValue());
        }
        b.varint(c.alerts().size());
        for (AlertHit a : c.alerts()) {
            name(a.name());
            int[] atoms = a.atoms();
            b.varint(atoms.length);
            for (int i : atoms) {
                b.varint(i & 0xFFFFFFFFL);
            }
        }
        b.varint(c.scores().size());
        for (Map.Entry<String, Score> e : c.scores().entrySet()) {
            name(e.getKey());
            Score s = e.getValue();
            number(s.value());
            number(s.std());
            number(s.adSimilarity());
        }
        return b;
    }

    private void name(String s) {
        Integer n = numbers.get(s);
        if (n == null && nameCount < maxNames) {
            n = nameCount;
            if (n == names.length) {
                names = Arrays.copyOf(names, 2 * n);
            }
            names[n] = s;
            numbers.put(s, n);
            nameCount = n + 1;
        }
        if (n == null) {
            out.varint(0);
            out.text(s);
        } else {
            out.varint(n + 1L);
        }
    }

    private void number(double v) {
        long bits = Double.doubleToRawLongBits(v);
        if (bits == CANONICAL_NAN) {
            out.put(NAN);
        } else if ((float) v == v) {
            out.put(FLOAT);
            out.fixed(Float.floatToRawIntBits((float) v) & 0xFFFFFFFFL, 4);
        } else {
            out.put(DOUBLE);
            out.fixed(bits, 8);
        }
    }

    /** The candidate of a record written by {@link #encode}. */
    Candidate decode(byte[] record) throws IOException {
        int count = nameCount;
        Reader in = new Reader(record, names, count);
        try {
            long number = in.varint();
            String id = in.text();
            String source = in.name();
            String smiles = in.text();
            String inchikey = in.text();
            String scaffold = in.text();
            int descriptorCount = (int) in.varint();
            String[] descriptorNames = new String[descriptorCount];
            double[] descriptorValues = new double[descriptorCount];
            for (int i = 0; i < descriptorCount; i++) {
                descriptorNames[i] = in.name();
                descriptorValues[i] = in.number();
            }
            AlertHit[] alerts = new AlertHit[(int) in.varint()];
            for (int i = 0; i < alerts.length; i++) {
                String name = in.name();
                int[] atoms = new int[(int) in.varint()];
                for (int k = 0; k < atoms.length; k++) {
                    atoms[k] = (int) in.varint();
                }
                alerts[i] = new AlertHit(name, atoms);
            }
            Candidate.Builder b = Candidate.builder(number, id).source(source).smiles(smiles).inchikey(inchikey)
                    .scaffold(scaffold).alerts(Arrays.asList(alerts));
            for (int i = 0; i < descriptorCount; i++) {
                b.descriptor(descriptorNames[i], descriptorValues[i]);
            }
            for (int i = (int) in.varint(); i > 0; i--) {
                String key = in.name();
                b.score(key, new Score(in.number(), in.number(), in.number()));
            }
            return b.build();
        } catch (ArrayIndexOutOfBoundsException e) {
            throw new IOException("a candidate record ends early (" + record.length + " bytes)", e);
        }
    }

    /** Reads one record. */
    private static final class Reader {
        private final byte[] b;
        private final String[] names;
        private final int nameCount;
        private int p;

        Reader(byte[] b, String[] names, int nameCount) {
            this.b = b;
            this.names = names;
            this.nameCount = nameCount;
        }

        long varint() {
            long v = 0;
            int shift = 0;
            while (true) {
                byte x = b[p++];
                v |= (long) (x & 0x7F) << shift;
                if (x >= 0) {
                    return v;
                }
                shift += 7;
            }
        }

        long fixed(int bytes) {
            long v = 0;
            for (int i = 0; i < bytes; i++) {
                v = v << 8 | (b[p++] & 0xFF);
            }
            return v;
        }

        String text() {
            int n = (int) varint();
            String s = new String(b, p, n, StandardCharsets.UTF_8);
            p += n;
            return s;
        }

        String name() throws IOException {
            int n = (int) varint();
            if (n == 0) {
                return text();
            }
            if (n > nameCount) {
                throw new IOException("a candidate record names entry " + n + " of a dictionary of " + nameCount);
            }
            return names[n - 1];
        }

        double number() throws IOException {
            int tag = b[p++];
            return switch (tag) {
                case NAN -> Double.NaN;
                case FLOAT -> Float.intBitsToFloat((int) fixed(4));
                case DOUBLE -> Double.longBitsToDouble(fixed(8));
                default -> throw new IOException("a candidate record has a number tagged " + tag);
            };
        }
    }
}
