package io.vscreen.reports.rank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DesirabilityTest {

    @Test
    void rampIsZeroBelowOneAboveAndLinearBetween() {
        Desirability d = Desirability.rampUp(0.2, 0.6);
        assertEquals(0, d.apply(0.1));
        assertEquals(0, d.apply(0.2));
        assertEquals(0.5, d.apply(0.4), 1e-12);
        assertEquals(0.25, d.apply(0.3), 1e-12);
        assertEquals(1, d.apply(0.6));
        assertEquals(1, d.apply(5));
    }

    @Test
    void downwardRampMirrors() {
        Desirability d = Desirability.rampDown(0.2, 0.6);
        assertEquals(1, d.apply(0.0));
        assertEquals(0.75, d.apply(0.3), 1e-12);
        assertEquals(0, d.apply(0.9));
    }

    @Test
    void sigmoidPassesFivePercentAndNinetyFivePercentAtTheBounds() {
        Desirability up = Desirability.sigmoidUp(0.3, 0.8);
        assertEquals(0.05, up.apply(0.3), 1e-12);
        assertEquals(0.5, up.apply(0.55), 1e-12);
        assertEquals(0.95, up.apply(0.8), 1e-12);
        assertTrue(up.apply(0.0) > 0 && up.apply(1.0) < 1);
        Desirability down = Desirability.sigmoidDown(0.3, 0.8);
        assertEquals(0.95, down.apply(0.3), 1e-12);
        assertEquals(0.05, down.apply(0.8), 1e-12);
    }

    @Test
    void floorLiftsTheCurveSoAPenaltyNeverVetoes() {
        Desirability d = Desirability.rampDown(0.05, 0.3).withFloor(0.5);
        assertEquals(1, d.apply(0.01));
        assertEquals(0.5, d.apply(0.3));
        assertEquals(0.75, d.apply(0.175), 1e-12);
    }

    @Test
    void missingValueIsUndesirable() {
        assertEquals(0, Desirability.sigmoidUp(0, 1).apply(Double.NaN));
        assertEquals(Double.NEGATIVE_INFINITY, Desirability.rampUp(0, 1).oriented(Double.NaN));
        assertEquals(-0.7, Desirability.rampDown(0, 1).oriented(0.7));
    }

    @Test
    void rejectsEmptyOrInvertedBounds() {
        assertThrows(IllegalArgumentException.class, () -> Desirability.rampUp(1, 1));
        assertThrows(IllegalArgumentException.class, () -> Desirability.rampUp(2, 1));
        assertThrows(IllegalArgumentException.class, () -> Desirability.rampUp(0, 1).withFloor(1));
    }
}
