package io.vscreen.reports.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Random;

import org.junit.jupiter.api.Test;

class NumbersTest {

    @Test
    void plainDecimalsWithoutTrailingZeros() {
        assertEquals("0.5", Numbers.format(0.5, 4));
        assertEquals("259.35", Numbers.format(259.349, 2));
        assertEquals("-3.1", Numbers.format(-3.1, 3));
        assertEquals("0.0001", Numbers.format(0.0001, 4));
        assertEquals("0.012", Numbers.format(0.012, 4));
        assertEquals("2", Numbers.format(2.0, 2));
        assertEquals("0", Numbers.format(-0.00001, 3));
        assertEquals("12345678", Numbers.format(12345678.0, 0));
        assertEquals("", Numbers.format(Double.NaN, 2));
        assertEquals("", Numbers.format(Double.POSITIVE_INFINITY, 2));
        assertEquals("100000000000000000000", Numbers.format(1e20, 2));
    }

    @Test
    void agreesWithBigDecimalRounding() {
        Random r = new Random(3);
        for (int i = 0; i < 20_000; i++) {
            double v = (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(8));
            int d = r.nextInt(7);
            BigDecimal exact = new BigDecimal(Double.toString(v)).setScale(d, RoundingMode.HALF_UP).stripTrailingZeros();
            String expected = exact.signum() == 0 ? "0" : exact.toPlainString();
            assertEquals(expected, Numbers.format(v, d), v + " to " + d + " places");
        }
    }
}
