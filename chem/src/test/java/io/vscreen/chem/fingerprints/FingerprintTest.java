package io.vscreen.chem.fingerprints;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import java.util.Random;

import org.junit.jupiter.api.Test;

class FingerprintTest {

    @Test
    void bitsAndWordsFollowTheBitSetLayout() {
        Fingerprint f = Fingerprint.fromBits(130, 0, 63, 64, 129, 64);
        BitSet expected = new BitSet();
        expected.set(0);
        expected.set(63);
        expected.set(64);
        expected.set(129);
        assertArrayEquals(expected.toLongArray(), f.words());
        assertEquals(4, f.cardinality());
        assertEquals(130, f.length());
        assertTrue(f.get(63));
        assertFalse(f.get(62));
        assertArrayEquals(new int[] {0, 63, 64, 129}, f.bits());
        assertThrows(IndexOutOfBoundsException.class, () -> f.get(130));
    }

    @Test
    void wordsAreDefensiveCopies() {
        long[] w = {5L};
        Fingerprint f = new Fingerprint(w, 64);
        w[0] = 0;
        assertEquals(2, f.cardinality());
        f.words()[0] = 0;
        assertTrue(f.get(0));
    }

    @Test
    void rejectsWordsThatDoNotFitTheLength() {
        assertThrows(IllegalArgumentException.class, () -> new Fingerprint(new long[2], 64));
        assertThrows(IllegalArgumentException.class, () -> new Fingerprint(new long[] {1L << 10}, 10));
        assertThrows(IllegalArgumentException.class, () -> Fingerprint.fromBits(10, 10));
        assertThrows(IllegalArgumentException.class, () -> Fingerprint.fromBits(10, -1));
        assertThrows(IllegalArgumentException.class, () -> Fingerprint.fromBits(0));
    }

    @Test
    void copyToWritesZeroesAndOnes() {
        float[] dst = new float[12];
        java.util.Arrays.fill(dst, 7f);
        Fingerprint.fromBits(10, 1, 9).copyTo(dst, 1);
        assertArrayEquals(new float[] {7, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 7}, dst);
        assertThrows(IndexOutOfBoundsException.class, () -> Fingerprint.fromBits(10).copyTo(new float[10], 1));
    }

    @Test
    void base64RoundTripsAtEveryLength() {
        Random random = new Random(42);
        for (int length : new int[] {1, 7, 8, 9, 63, 64, 65, 166, 1024, 2048, 4096}) {
            BitSet bs = new BitSet();
            for (int i = 0; i < length; i++) {
                if (random.nextInt(5) == 0) {
                    bs.set(i);
                }
            }
            Fingerprint f = Fingerprint.fromBits(length, bs.stream().toArray());
            String text = f.toBase64();
            assertEquals(4 * (((length + 7) / 8 + 2) / 3), text.length());
            assertEquals(f, Fingerprint.fromBase64(text, length));
        }
    }

    @Test
    void base64UsesLittleEndianBytes() {
        // bit 0 -> byte 0 = 0x01; bit 9 -> byte 1 = 0x02: bytes {1, 2} = "AQI="
        assertEquals("AQI=", Fingerprint.fromBits(16, 0, 9).toBase64());
        assertEquals(Fingerprint.fromBits(16, 0, 9), Fingerprint.fromBase64("AQI=", 16));
    }

    @Test
    void base64RejectsWrongSizeOrGarbage() {
        String text = Fingerprint.fromBits(2048, 5).toBase64();
        assertThrows(IllegalArgumentException.class, () -> Fingerprint.fromBase64(text, 1024));
        assertThrows(IllegalArgumentException.class, () -> Fingerprint.fromBase64("not base64!", 64));
        // 166 bits: 21 bytes, top two bits of the last byte lie beyond the length
        byte[] bytes = new byte[21];
        bytes[20] = (byte) 0x80;
        String beyond = java.util.Base64.getEncoder().encodeToString(bytes);
        assertThrows(IllegalArgumentException.class, () -> Fingerprint.fromBase64(beyond, 166));
    }

    @Test
    void equalityNeedsSameLengthAndBits() {
        assertEquals(Fingerprint.fromBits(64, 1, 2), Fingerprint.fromBits(64, 2, 1));
        assertEquals(Fingerprint.fromBits(64, 1, 2).hashCode(), Fingerprint.fromBits(64, 2, 1).hashCode());
        assertNotEquals(Fingerprint.fromBits(64, 1), Fingerprint.fromBits(64, 2));
        assertNotEquals(Fingerprint.fromBits(64, 1), Fingerprint.fromBits(60, 1));
    }
}
