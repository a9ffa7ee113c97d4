package io.vscreen.chem.fingerprints;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class TanimotoTest {

    @Test
    void handComputedValues() {
        // {0,1,2,3} vs {2,3,4}: 2 common, 5 in the union
        assertEquals(0.4, Tanimoto.similarity(Fingerprint.fromBits(8, 0, 1, 2, 3), Fingerprint.fromBits(8, 2, 3, 4)), 1e-12);
        // across words: {0,64,130} vs {64,130,200}: 2 / 4
        assertEquals(0.5, Tanimoto.similarity(Fingerprint.fromBits(256, 0, 64, 130), Fingerprint.fromBits(256, 64, 130, 200)), 1e-12);
        // disjoint
        assertEquals(0.0, Tanimoto.similarity(Fingerprint.fromBits(64, 1), Fingerprint.fromBits(64, 2)));
        // identical
        assertEquals(1.0, Tanimoto.similarity(Fingerprint.fromBits(2048, 5, 900, 2047), Fingerprint.fromBits(2048, 5, 900, 2047)));
        // subset {1} of {1,2,3}: 1/3
        assertEquals(1.0 / 3, Tanimoto.similarity(Fingerprint.fromBits(64, 1), Fingerprint.fromBits(64, 1, 2, 3)), 1e-12);
    }

    @Test
    void emptyFingerprintsShareNothing() {
        assertEquals(0.0, Tanimoto.similarity(Fingerprint.fromBits(64), Fingerprint.fromBits(64)));
        assertEquals(0.0, Tanimoto.similarity(Fingerprint.fromBits(64), Fingerprint.fromBits(64, 3)));
    }

    @Test
    void lengthsMustMatch() {
        assertThrows(IllegalArgumentException.class,
                () -> Tanimoto.similarity(Fingerprint.fromBits(64, 1), Fingerprint.fromBits(128, 1)));
    }

    private static Fingerprint random(Random r, int length, int bits) {
        int[] b = new int[bits];
        for (int i = 0; i < bits; i++) {
            b[i] = r.nextInt(length);
        }
        return Fingerprint.fromBits(length, b);
    }

    @Test
    void fingerprintSetAgreesWithPairwiseSimilarity() {
        Random r = new Random(7);
        List<Fingerprint> refs = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            refs.add(random(r, 1024, 10 + r.nextInt(80)));
        }
        FingerprintSet set = new FingerprintSet(1024, refs);
        assertEquals(2000, set.size());
        assertEquals(refs.get(17), set.get(17));
        for (int q = 0; q < 50; q++) {
            Fingerprint query = q == 0 ? refs.get(1234) : random(r, 1024, 10 + r.nextInt(80));
            double[] all = Tanimoto.bulk(query, refs);
            assertArrayEquals(all, set.similarities(query), 0.0);
            double max = 0;
            int arg = -1;
            for (int i = 0; i < all.length; i++) {
                if (all[i] > max) {
                    max = all[i];
                    arg = i;
                }
            }
            assertEquals(max, set.maxSimilarity(query), 0.0);
            assertEquals(max, Tanimoto.max(query, refs), 0.0);
            assertEquals(arg, set.nearest(query));
            double[] sorted = all.clone();
            java.util.Arrays.sort(sorted);
            double[] top = set.topSimilarities(query, 5);
            assertArrayEquals(new double[] {sorted[1999], sorted[1998], sorted[1997], sorted[1996], sorted[1995]}, top, 0.0);
        }
        assertEquals(1.0, set.maxSimilarity(refs.get(1234)));
    }

    @Test
    void emptySetAndSmallK() {
        FingerprintSet empty = new FingerprintSet(64, List.of());
        assertEquals(0.0, empty.maxSimilarity(Fingerprint.fromBits(64, 1)));
        assertEquals(-1, empty.nearest(Fingerprint.fromBits(64, 1)));
        assertEquals(0, empty.topSimilarities(Fingerprint.fromBits(64, 1), 3).length);
        FingerprintSet two = new FingerprintSet(64, List.of(Fingerprint.fromBits(64, 1), Fingerprint.fromBits(64, 1, 2)));
        assertArrayEquals(new double[] {1.0, 0.5}, two.topSimilarities(Fingerprint.fromBits(64, 1), 10), 0.0);
        assertThrows(IllegalArgumentException.class, () -> two.maxSimilarity(Fingerprint.fromBits(128, 1)));
        assertThrows(IllegalArgumentException.class, () -> new FingerprintSet(128, List.of(Fingerprint.fromBits(64, 1))));
    }
}
