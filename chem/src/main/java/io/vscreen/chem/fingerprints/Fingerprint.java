package io.vscreen.chem.fingerprints;

import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * An immutable bit vector of fixed length, packed 64 bits to a {@code long} word. Bit {@code i}
 * lives in word {@code i >>> 6} at position {@code i & 63} (the {@link java.util.BitSet#toLongArray()}
 * layout); bits beyond {@link #length()} are always clear.
 *
 * <p>The number of set bits is computed once and cached. {@link #words()} returns a copy; code in
 * this package reads the words in place (see {@link #wordsNoCopy()}) so that similarity searches
 * allocate nothing.
 */
public final class Fingerprint {

    private final long[] words;
    private final int length;
    private final int cardinality;

    /**
     * A fingerprint from packed words (copied).
     *
     * @param words  exactly {@code ceil(length / 64)} words, no bit set at or beyond {@code length}
     * @param length number of bits, positive
     * @throws IllegalArgumentException if the words do not fit the length
     */
    public Fingerprint(long[] words, int length) {
        this(length, checked(words.clone(), length));
    }

    /** Takes ownership of checked words (argument order differs from the public constructor). */
    private Fingerprint(int length, long[] ownedWords) {
        this.words = ownedWords;
        this.length = length;
        int c = 0;
        for (long w : ownedWords) {
            c += Long.bitCount(w);
        }
        this.cardinality = c;
    }

    /** Wraps words this package has just built and checked (no copy). */
    static Fingerprint wrap(long[] ownedWords, int length) {
        return new Fingerprint(length, checked(ownedWords, length));
    }

    /**
     * A fingerprint of the given length with the listed bits set (repeats allowed).
     *
     * @throws IllegalArgumentException if a bit is negative or not below {@code length}
     */
    public static Fingerprint fromBits(int length, int... bits) {
        long[] w = new long[wordCount(length)];
        for (int b : bits) {
            if (b < 0 || b >= length) {
                throw new IllegalArgumentException("bit " + b + " outside fingerprint of length " + length);
            }
            w[b >>> 6] |= 1L << b;
        }
        return new Fingerprint(length, w);
    }

    /** Number of {@code long} words needed for {@code length} bits. */
    public static int wordCount(int length) {
        if (length <= 0) {
            throw new IllegalArgumentException("fingerprint length must be positive, not " + length);
        }
        return (length + 63) >>> 6;
    }

    private static long[] checked(long[] words, int length) {
        Objects.requireNonNull(words, "words");
        int n = wordCount(length);
        if (words.length != n) {
            throw new IllegalArgumentException(words.length + " words given for " + length + " bits (need " + n + ")");
        }
        int tail = length & 63;
        if (tail != 0 && (words[n - 1] >>> tail) != 0) {
            throw new IllegalArgumentException("bits set beyond length " + length);
        }
        return words;
    }

    /** Number of bits. */
    public int length() {
        return length;
    }

    /** Number of set bits (cached). */
    public int cardinality() {
        return cardinality;
    }

    /** Whether bit {@code bit} is set. */
    public boolean get(int bit) {
        Objects.checkIndex(bit, length);
        return (words[bit >>> 6] & (1L << bit)) != 0;
    }

    /** The indices of the set bits, ascending. */
    public int[] bits() {
        int[] out = new int[cardinality];
        int k = 0;
        for (int i = 0; i < words.length; i++) {
            long w = words[i];
            while (w != 0) {
                out[k++] = (i << 6) + Long.numberOfTrailingZeros(w);
                w &= w - 1;
            }
        }
        return out;
    }

    /** A copy of the packed words. */
    public long[] words() {
        return words.clone();
    }

    /**
     * The packed words themselves, for allocation-free loops inside this package. Callers must not
     * modify the array.
     */
    long[] wordsNoCopy() {
        return words;
    }

    /** Number of bits set in both fingerprints (lengths must match). */
    public int intersectionCount(Fingerprint other) {
        requireSameLength(other);
        long[] a = words;
        long[] b = other.words;
        int c = 0;
        for (int i = 0; i < a.length; i++) {
            c += Long.bitCount(a[i] & b[i]);
        }
        return c;
    }

    void requireSameLength(Fingerprint other) {
        if (other.length != length) {
            throw new IllegalArgumentException("fingerprints of different lengths: " + length + " and " + other.length);
        }
    }

    /**
     * Writes the bits as {@code 0f}/{@code 1f} into {@code dst[offset .. offset + length())}
     * (every position is written, clear bits as 0).
     */
    public void copyTo(float[] dst, int offset) {
        Objects.checkFromIndexSize(offset, length, dst.length);
        Arrays.fill(dst, offset, offset + length, 0f);
        for (int i = 0; i < words.length; i++) {
            long w = words[i];
            int base = offset + (i << 6);
            while (w != 0) {
                dst[base + Long.numberOfTrailingZeros(w)] = 1f;
                w &= w - 1;
            }
        }
    }

    /**
     * Compact text form: the bits as {@code ceil(length / 8)} bytes, bit {@code i} in byte
     * {@code i / 8} at position {@code i % 8} (little-endian), encoded with the standard base64
     * alphabet with padding (RFC 4648). 2048 bits take 344 characters.
     */
    public String toBase64() {
        byte[] bytes = new byte[(length + 7) >>> 3];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (words[i >>> 3] >>> ((i & 7) << 3));
        }
        return Base64.getEncoder().encodeToString(bytes);
    }

    /**
     * Reads the form written by {@link #toBase64()}.
     *
     * @throws IllegalArgumentException if the text is not base64 or does not hold exactly
     *                                  {@code length} bits
     */
    public static Fingerprint fromBase64(String text, int length) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(text.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("fingerprint text is not base64: " + e.getMessage(), e);
        }
        Fingerprint.wordCount(length); // validates the length
        int expected = (length + 7) >>> 3;
        if (bytes.length != expected) {
            throw new IllegalArgumentException("fingerprint text holds " + bytes.length + " bytes, a "
                    + length + "-bit fingerprint needs " + expected);
        }
        long[] w = new long[wordCount(length)];
        for (int i = 0; i < bytes.length; i++) {
            w[i >>> 3] |= (bytes[i] & 0xFFL) << ((i & 7) << 3);
        }
        return new Fingerprint(length, checked(w, length));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fingerprint f && f.length == length && f.cardinality == cardinality
                && Arrays.equals(f.words, words);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(words) + length;
    }

    /** Length and set bits, e.g. {@code Fingerprint[2048: 3, 17, 950]}. */
    @Override
    public String toString() {
        return "Fingerprint[" + length + ": " + Arrays.toString(bits()).replace("[", "").replace("]", "") + "]";
    }
}
