package io.vscreen.models.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code TASK=SOURCE>=VALUE} as the command line gives it. */
class DerivedTaskTest {

    @Test
    void parsesBothRelations() {
        assertEquals(new DerivedTask("Class", "pIC50", ">=", 7), DerivedTask.parse("Class=pIC50>=7"));
        assertEquals(new DerivedTask("toxic", "logLD50", "<=", 2.5), DerivedTask.parse(" toxic = logLD50 <= 2.5 "));
        assertEquals("Class=pIC50>=7", DerivedTask.parse("Class=pIC50>=7").toString());
    }

    @Test
    void malformedDerivationsAreRefusedWithTheForm() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DerivedTask.parse("Class=pIC50>7")).getMessage()
                .contains("is not TASK=REGRESSION_TASK>=VALUE"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DerivedTask.parse("Class=pIC50>=seven")).getMessage()
                .contains("threshold 'seven' is not a number"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DerivedTask.parse("pIC50=pIC50>=7")).getMessage()
                .contains("cannot be read off itself"));
    }
}
