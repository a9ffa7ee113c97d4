package io.vscreen.models.pkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.vscreen.models.ModelException;

/** A classification score read off a regression prediction: normal probabilities by hand. */
class ThresholdHeadTest {

    @Test
    void probabilityOfTheActiveSideIsTheNormalCdfInUnitsOfTheValidationError() {
        ThresholdHead above = new ThresholdHead("test", new Manifest.Threshold("pIC50", ">=", 7, 0.8), 0, 1);
        assertEquals(0.5, above.probability(7), 1e-12);
        // Phi(1) = 0.841344746..., Phi(-2) = 0.022750131...
        assertEquals(0.8413447460685429, above.probability(7.8), 1e-12);
        assertEquals(0.022750131948179195, above.probability(5.4), 1e-12);
        ThresholdHead below = new ThresholdHead("test", new Manifest.Threshold("logLD50", "<=", 2, 0.5), 0, 1);
        assertEquals(0.8413447460685429, below.probability(1.5), 1e-12);

        // columns: 0 = the derived task, 1 = its regression task; the spread goes through phi(z) / sigma
        float[][] mean = {{0, 7.8f}, {0, Float.NaN}};
        float[][] std = {{0, 0.4f}, {0, Float.NaN}};
        above.apply(mean, std);
        assertEquals(0.8413447, mean[0][0], 1e-6);
        double phi1 = Math.exp(-0.5) / Math.sqrt(2 * Math.PI);
        assertEquals(phi1 * 0.4 / 0.8, std[0][0], 1e-6);
        assertTrue(Float.isNaN(mean[1][0]) && Float.isNaN(std[1][0]), "a row without a prediction stays unscored");
    }

    @Test
    void aThresholdThatCannotBeReadIsRefused() {
        assertTrue(assertThrows(ModelException.class, () -> new ThresholdHead("pkg",
                new Manifest.Threshold("pIC50", ">", 7, 0.8), 0, 1)).getMessage().contains("relation '>' is not >= or <="));
        assertTrue(assertThrows(ModelException.class, () -> new ThresholdHead("pkg",
                new Manifest.Threshold("pIC50", ">=", 7, 0), 0, 1)).getMessage().contains("positive sigma"));
    }
}
