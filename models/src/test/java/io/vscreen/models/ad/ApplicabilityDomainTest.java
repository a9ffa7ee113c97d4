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
