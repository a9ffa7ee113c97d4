package io.vscreen.reports.output;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Plain, locale-independent number text for the outputs: no exponent, no trailing zeros, NaN empty. */
public final class Numbers {
    private Numbers() {
    }

    /** {@code value} rounded to {@code decimals} places, trailing zeros dropped; "" for NaN or infinity. */
    public static String format(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return "";
        }
        BigDecimal d = new BigDecimal(value).setScale(decimals, RoundingMode.HALF_EVEN).stripTrailingZeros();
        if (d.signum() == 0) {
            return "0";
        }
        return d.toPlainString();
    }
}
