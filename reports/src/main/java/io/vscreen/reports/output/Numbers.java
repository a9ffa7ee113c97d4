package io.vscreen.reports.output;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Plain, locale-independent number text for the outputs: no exponent, no trailing zeros, NaN empty. */
public final class Numbers {

    private static final long[] POW10 = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

    private Numbers() {
    }

    /**
     * {@code value} rounded half away from zero to {@code decimals} places (at most 8), trailing
     * zeros dropped; "" for NaN or infinity.
     */
    public static String format(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return "";
        }
        if (decimals < 0 || decimals >= POW10.length) {
            throw new IllegalArgumentException("decimals must be 0.." + (POW10.length - 1) + ", got " + decimals);
        }
        double scaled = Math.abs(value) * POW10[decimals];
        if (scaled >= 1e15) {
            return new BigDecimal(value).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        }
        long units = Math.round(scaled);
        if (units == 0) {
            return "0";
        }
        long whole = units / POW10[decimals];
        long frac = units % POW10[decimals];
        StringBuilder sb = new StringBuilder(24);
        if (value < 0) {
            sb.append('-');
        }
        sb.append(whole);
        if (frac != 0) {
            int digits = decimals;
            while (frac % 10 == 0) {
                frac /= 10;
                digits--;
            }
            sb.append('.');
            String f = Long.toString(frac);
            for (int i = f.length(); i < digits; i++) {
                sb.append('0');
            }
            sb.append(f);
        }
        return sb.toString();
    }
}
