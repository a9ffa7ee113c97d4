package io.vscreen.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class NameMapTest {

    @Test
    void keepsFirstPutOrderAndTheLastValue() {
        NameMap.Builder<Double> b = new NameMap.Builder<>(2);
        b.put(Descriptors.MW, 180.16);
        b.put(Descriptors.LOGP, 1.31);
        b.put(new String("mw"), 181.0); // an equal name, not the same string
        b.put(Descriptors.QED, 0.55);
        NameMap<Double> m = b.build();
        assertEquals(List.of("mw", "logp", "qed"), List.copyOf(m.keySet()));
        assertEquals(181.0, m.get("mw"));
        assertEquals(Map.of("mw", 181.0, "logp", 1.31, "qed", 0.55), m);
        assertEquals(Map.of("mw", 181.0, "logp", 1.31, "qed", 0.55).hashCode(), m.hashCode());
        assertNull(m.get("tpsa"));
        assertNull(m.get(null));
        assertFalse(m.containsKey("tpsa"));
        assertTrue(m.containsKey(new String("logp")));
    }

    @Test
    void isImmutableAndRefusesNulls() {
        NameMap.Builder<Score> b = new NameMap.Builder<>(1);
        b.put("bace.Class", Score.of(0.9));
        NameMap<Score> m = b.build();
        assertThrows(UnsupportedOperationException.class, () -> m.put("x", Score.missing()));
        assertThrows(UnsupportedOperationException.class, () -> m.remove("bace.Class"));
        assertThrows(UnsupportedOperationException.class, m::clear);
        assertThrows(UnsupportedOperationException.class, () -> m.entrySet().iterator().next().setValue(Score.of(0)));
        assertThrows(NullPointerException.class, () -> b.put(null, Score.of(1)));
        assertThrows(NullPointerException.class, () -> b.put("x", null));
        Map<String, Double> withNull = new HashMap<>();
        withNull.put("mw", null);
        assertThrows(NullPointerException.class, () -> NameMap.copyOf(withNull));
    }

    @Test
    void largeMapsAreIndexed() {
        NameMap.Builder<Integer> b = new NameMap.Builder<>(4);
        Map<String, Integer> expected = new HashMap<>();
        for (int i = 0; i < 500; i++) {
            b.put("name" + i, i);
            b.put("name" + (i / 2), -i);
            expected.put("name" + i, i);
            expected.put("name" + (i / 2), -i);
        }
        NameMap<Integer> m = b.build();
        assertEquals(expected, m);
        assertEquals(500, m.size());
        assertEquals(-499, m.get("name249"));
        assertSame(m, NameMap.copyOf(m));
    }

    @Test
    void aCandidateKeepsItsMapsEqualToTheOnesGiven() {
        Candidate c = new Candidate(1, "aspirin", "lib", "CC(=O)Oc1ccccc1C(=O)O", "", Map.of("mw", 180.16), List.of(), "",
                null, Map.of("bace.Class", Score.of(0.2)));
        assertEquals(Map.of("mw", 180.16), c.descriptors());
        assertEquals(Score.of(0.2), c.score("bace.Class"));
        assertTrue(c.score("tox21.SR-p53").isMissing());
        assertEquals(c, Candidate.builder(1, "aspirin").source("lib").smiles("CC(=O)Oc1ccccc1C(=O)O")
                .descriptor("mw", 180.16).score("bace.Class", Score.of(0.2)).build());
    }
}
