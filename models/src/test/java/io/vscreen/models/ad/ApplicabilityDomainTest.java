package io.vscreen.models.ad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Maximum Tanimoto similarity to the training set, checked by hand, and the stored form. */
class ApplicabilityDomainTest {

    @Test
    void maxTanimotoByHand() {
        // training {0,1,2,3} and {3,100,200}; query {1,2,3,100}
        // vs first: 3 shared / (4 + 4 - 3) = 0.6; vs second: 2 shared / (4 + 3 - 2) = 0.4
        ApplicabilityDomain ad = ApplicabilityDomain.of(List.of(new int[] {0, 1, 2, 3}, new int[] {3, 100, 200}), 256);
        assertEquals(0.6f, ad.maxSimilarity(new int[] {1, 2, 3, 100}), 1e-6f);
        assertEquals(1.0f, ad.maxSimilarity(new int[] {3, 100, 200}), 0f);
        assertEquals(0.0f, ad.maxSimilarity(new int[] {7, 8}), 0f);
        assertEquals(0.0f, ad.maxSimilarity(new int[] {}), 0f);
    }

    @Test
    void agreesWithABruteForceSearchOnRandomFingerprints() {
        agreesWithBruteForce(new java.util.Random(11), 0);
    }

    /** Like ECFP4, where a few bits (aromatic carbon, methyl) are set by most compounds. */
    @Test
    void agreesWithABruteForceSearchWhenMostCompoundsSetSomeBits() {
        agreesWithBruteForce(new java.util.Random(12), 0.8);
        agreesWithBruteForce(new java.util.Random(13), 1.0);
    }

    /** Bits 0 to 7 are set with probability {@code common} (by training compounds and queries alike). */
    private static void agreesWithBruteForce(java.util.Random r, double common) {
        List<int[]> training = new java.util.ArrayList<>();
        for (int i = 0; i < 300; i++) {
            training.add(randomBits(r, common));
        }
        ApplicabilityDomain ad = ApplicabilityDomain.of(training, 512);
        ApplicabilityDomain.Search search = ad.search();
        for (int q = 0; q < 200; q++) {
            int[] query = q % 10 == 0 ? training.get(q) : randomBits(r, common);
            double best = 0;
            for (int[] t : training) {
                java.util.Set<Integer> a = new java.util.HashSet<>();
                for (int b : query) {
                    a.add(b);
                }
                int inter = 0;
                for (int b : t) {
                    if (a.contains(b)) {
                        inter++;
                    }
                }
                best = Math.max(best, inter / (double) (query.length + t.length - inter));
            }
            assertEquals((float) best, search.maxSimilarity(query), 1e-6f);
        }
    }

    private static int[] randomBits(java.util.Random r, double common) {
        java.util.stream.IntStream frequent = java.util.stream.IntStream.range(0, 8).filter(b -> r.nextDouble() < common);
        return java.util.stream.IntStream.concat(frequent, r.ints(5 + r.nextInt(60), 8, 512))
                .distinct().sorted().toArray();
    }

    @Test
    void storedFormRoundTripsAndRefusesDamage() throws IOException {
        ApplicabilityDomain ad = ApplicabilityDomain.of(List.of(new int[] {0, 63, 64, 2047}, new int[] {5, 900}), 2048);
        byte[] bytes = ad.toBytes();
        ApplicabilityDomain back = ApplicabilityDomain.fromBytes(bytes);
        assertEquals(2, back.size());
        assertEquals(2048, back.bits());
        assertEquals(1.0f, back.maxSimilarity(new int[] {0, 63, 64, 2047}), 0f);
        assertEquals(0.5f, back.maxSimilarity(new int[] {5, 900, 901, 902}), 1e-6f);
        byte[] cut = java.util.Arrays.copyOf(bytes, bytes.length - 12);
        IOException e = assertThrows(IOException.class, () -> ApplicabilityDomain.fromBytes(cut));
        assertTrue(e.getMessage() != null);
    }
}
