package io.vscreen.models.ad;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The training set's fingerprints, for the applicability-domain similarity of a prediction: the
 * maximum Tanimoto similarity between a compound and any training compound (1 = a training
 * compound's fingerprint, near 0 = nothing alike). Immutable and thread-safe.
 *
 * <p>Stored as gzip of: magic {@code VSAD}, format 1, bit count, compound count, then per compound
 * the number of on-bits and their delta-coded indices (unsigned varints).
 */
public final class ApplicabilityDomain {
    private static final int MAGIC = 0x56534144; // "VSAD"
    private static final int FORMAT = 1;

    private final int bits;
    private final int words;
    private final long[] fingerprints; // compound-major, `words` longs each
    private final int[] cardinality;
    /**
     * Inverted index: {@code postings[postingStart[b] .. postingStart[b + 1])} are the training
     * compounds that set bit {@code b}, or, for a bit most of them set ({@code common[b]}), the
     * compounds that do not: the shorter list either way.
     */
    private final int[] postingStart;
    private final int[] postings;
    private final boolean[] common;

    private ApplicabilityDomain(int bits, long[] fingerprints, int[] cardinality) {
        this.bits = bits;
        this.words = (bits + 63) / 64;
        this.fingerprints = fingerprints;
        this.cardinality = cardinality;
        int n = cardinality.length;
        int[] setBy = new int[bits];
        for (int i = 0; i < n; i++) {
            for (int w = 0; w < words; w++) {
                long word = fingerprints[i * words + w];
                while (word != 0) {
                    setBy[w * 64 + Long.numberOfTrailingZeros(word)]++;
                    word &= word - 1;
                }
            }
        }
        this.common = new boolean[bits];
        int[] start = new int[bits + 1];
        for (int b = 0; b < bits; b++) {
            common[b] = 2 * setBy[b] > n;
            start[b + 1] = start[b] + (common[b] ? n - setBy[b] : setBy[b]);
        }
        this.postingStart = start;
        this.postings = new int[start[bits]];
        int[] commonList = java.util.stream.IntStream.range(0, bits).filter(b -> common[b]).toArray();
        int[] fill = Arrays.copyOf(start, bits);
        for (int i = 0; i < n; i++) {
            for (int w = 0; w < words; w++) {
                long word = fingerprints[i * words + w];
                while (word != 0) {
                    int b = w * 64 + Long.numberOfTrailingZeros(word);
                    if (!common[b]) {
                        postings[fill[b]++] = i;
                    }
                    word &= word - 1;
                }
            }
            for (int b : commonList) {
                if (!isSet(i, b)) {
                    postings[fill[b]++] = i;
                }
            }
        }
    }

    private boolean isSet(int compound, int bit) {
        return (fingerprints[compound * words + (bit >>> 6)] & (1L << (bit & 63))) != 0;
    }

    /**
     * A similarity search with its own scratch space: not thread-safe, create one per thread or
     * per batch (cheap: one int per training compound).
     */
    public Search search() {
        return new Search();
    }

    /**
     * Maximum-similarity queries against the training set, reusing a scratch array. The query's
     * bits walk the inverted index adding one to each training compound that shares them, or,
     * for a common bit, subtracting one from each that lacks it (no test per posting: a
     * data-dependent branch there costs more than the additions), then one pass over the
     * training set reads the intersections and resets them. Fractions are compared exactly, as
     * integers.
     */
    public final class Search {
        private final int[] shared = new int[cardinality.length];

        private Search() {
        }

        /** Maximum Tanimoto similarity of a compound (its sorted, distinct on-bits) to the training set. */
        public float maxSimilarity(int[] onBits) {
            int qc = onBits.length;
            if (qc == 0) {
                return 0f;
            }
            for (int b : onBits) {
                if (b < 0 || b >= bits) {
                    throw new IllegalArgumentException("bit " + b + " outside 0.." + (bits - 1));
                }
            }
            // shared bits = the query's common bits, less those a compound lacks, plus its other bits
            int[] inter = shared;
            int commonBits = 0;
            for (int b : onBits) {
                if (common[b]) {
                    commonBits++;
                    for (int k = postingStart[b], end = postingStart[b + 1]; k < end; k++) {
                        inter[postings[k]]--;
                    }
                } else {
                    for (int k = postingStart[b], end = postingStart[b + 1]; k < end; k++) {
                        inter[postings[k]]++;
                    }
                }
            }
            // best = bestShared / bestUnion, starting at 0 / 1
            long bestShared = 0;
            long bestUnion = 1;
            for (int c = 0; c < inter.length; c++) {
                int i = inter[c] + commonBits;
                inter[c] = 0;
                long union = qc + cardinality[c] - i;
                if (i * bestUnion > bestShared * union) {
                    bestShared = i;
                    bestUnion = union;
                }
            }
            return (float) (bestShared / (double) bestUnion);
        }
    }

    /** From the training compounds' sorted on-bits. */
    public static ApplicabilityDomain of(List<int[]> training, int bits) {
        int words = (bits + 63) / 64;
        long[] fps = new long[training.size() * words];
        int[] card = new int[training.size()];
        for (int i = 0; i < training.size(); i++) {
            for (int b : training.get(i)) {
                fps[i * words + (b >>> 6)] |= 1L << (b & 63);
            }
            card[i] = training.get(i).length;
        }
        return new ApplicabilityDomain(bits, fps, card);
    }

    public int bits() {
        return bits;
    }

    /** Number of training compounds. */
    public int size() {
        return cardinality.length;
    }

    /**
     * Maximum Tanimoto similarity of a compound (its sorted, distinct on-bits) to the training
     * set. For many compounds use one {@link #search()} per thread instead.
     */
    public float maxSimilarity(int[] onBits) {
        return search().maxSimilarity(onBits);
    }

    /** The compact stored form. */
    public byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(bytes))) {
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            out.writeInt(bits);
            out.writeInt(cardinality.length);
            for (int i = 0; i < cardinality.length; i++) {
                writeVarint(out, cardinality[i]);
                int prev = 0;
                for (int w = 0; w < words; w++) {
                    long word = fingerprints[i * words + w];
                    while (word != 0) {
                        int b = w * 64 + Long.numberOfTrailingZeros(word);
                        writeVarint(out, b - prev);
                        prev = b;
                        word &= word - 1;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * Reads the stored form.
     *
     * @throws IOException when the bytes are not an applicability-domain file or are truncated
     */
    public static ApplicabilityDomain fromBytes(byte[] data) throws IOException {
        try (DataInputStream in = new DataInputStream(new GZIPInputStream(new ByteArrayInputStream(data)))) {
            if (in.readInt() != MAGIC) {
                throw new IOException("not an applicability-domain file (bad magic number)");
            }
            int format = in.readInt();
            if (format != FORMAT) {
                throw new IOException("applicability-domain format " + format + " is not supported (expected " + FORMAT + ")");
            }
            int bits = in.readInt();
            int n = in.readInt();
            if (bits <= 0 || n < 0) {
                throw new IOException("applicability-domain header is damaged");
            }
            int words = (bits + 63) / 64;
            long[] fps = new long[n * words];
            int[] card = new int[n];
            for (int i = 0; i < n; i++) {
                int c = readVarint(in);
                card[i] = c;
                int b = 0;
                for (int k = 0; k < c; k++) {
                    b += readVarint(in);
                    if (b < 0 || b >= bits) {
                        throw new IOException("applicability-domain compound " + i + " has bit " + b + " outside 0.." + (bits - 1));
                    }
                    fps[i * words + (b >>> 6)] |= 1L << (b & 63);
                }
            }
            return new ApplicabilityDomain(bits, fps, card);
        } catch (EOFException e) {
            throw new IOException("applicability-domain file is truncated", e);
        }
    }

    private static void writeVarint(DataOutputStream out, int v) throws IOException {
        while ((v & ~0x7F) != 0) {
            out.writeByte((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.writeByte(v);
    }

    private static int readVarint(DataInputStream in) throws IOException {
        int v = 0;
        for (int shift = 0; shift < 32; shift += 7) {
            int b = in.readUnsignedByte();
            v |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
        }
        throw new IOException("applicability-domain file is damaged (overlong number)");
    }
}
