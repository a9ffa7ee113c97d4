package io.vscreen.models.nn;

/**
 * bfloat16: the upper half of an IEEE float (8 exponent bits, 7 mantissa bits), rounded to
 * nearest even. Halves the size of stored weights at a relative precision of about 0.4%.
 */
public final class Bfloat16 {
    private Bfloat16() {
    }

    /** Rounds a float to the nearest bfloat16 bit pattern. */
    public static short fromFloat(float f) {
        int bits = Float.floatToRawIntBits(f);
        if (Float.isNaN(f)) {
            return (short) ((bits >>> 16) | 0x40);
        }
        int lsb = (bits >>> 16) & 1;
        int rounded = bits + 0x7FFF + lsb;
        return (short) (rounded >>> 16);
    }

    /** The float value of a bfloat16 bit pattern. */
    public static float toFloat(short h) {
        return Float.intBitsToFloat((h & 0xFFFF) << 16);
    }

    /** Rounds a float to bfloat16 precision and back. */
    public static float round(float f) {
        return toFloat(fromFloat(f));
    }
}
