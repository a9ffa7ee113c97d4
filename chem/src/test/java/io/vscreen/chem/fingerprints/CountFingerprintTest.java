package io.vscreen.chem.fingerprints;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CountFingerprintTest {

    private final CountFingerprint counts = new CountFingerprint(new int[] {-3, 2, 12, 17}, new int[] {1, 3, 2, 1});

    @Test
    void foldsNegativeAndLargeFeatureIdsIntoRange() {
        // length 10: -3 -> 7, 2 -> 2, 12 -> 2, 17 -> 7
        assertEquals(Fingerprint.fromBits(10, 2, 7), counts.toBits(10));
        float[] raw = new float[10];
        counts.copyRawTo(raw, 0, 10);
        assertArrayEquals(new float[] {0, 0, 5, 0, 0, 0, 0, 2, 0, 0}, raw);
    }

    @Test
    void copyToUsesLogOnePlusCount() {
        float[] dst = new float[12];
        java.util.Arrays.fill(dst, 9f);
        counts.copyTo(dst, 1, 10);
        assertEquals(9f, dst[0]);
        assertEquals((float) Math.log(6), dst[3], 1e-6);
        assertEquals((float) Math.log(3), dst[8], 1e-6);
        assertEquals(0f, dst[4]);
        assertEquals(9f, dst[11]);
    }

    @Test
    void lookupAndTotals() {
        assertEquals(3, counts.count(2));
        assertEquals(0, counts.count(3));
        assertEquals(7, counts.total());
        assertEquals(4, counts.size());
    }

    @Test
    void rejectsUnsortedOrNonPositive() {
        assertThrows(IllegalArgumentException.class, () -> new CountFingerprint(new int[] {2, 1}, new int[] {1, 1}));
        assertThrows(IllegalArgumentException.class, () -> new CountFingerprint(new int[] {1, 1}, new int[] {1, 1}));
        assertThrows(IllegalArgumentException.class, () -> new CountFingerprint(new int[] {1}, new int[] {0}));
        assertThrows(IllegalArgumentException.class, () -> new CountFingerprint(new int[] {1}, new int[] {1, 2}));
    }
}
