package io.vscreen.models.features;

import java.util.Objects;

/**
 * One molecule's network input in sparse form: the input positions that are not zero and their
 * values. {@code values == null} means every listed position is 1 (a bit fingerprint), which is
 * how bits-only models have always been fed; fingerprint positions come first (ascending), then
 * the descriptor positions.
 *
 * @param index  input positions, each in {@code [0, width)}
 * @param values the value at each position, or {@code null} for all ones
 */
public record ModelInput(int[] index, float[] values) {

    public ModelInput {
        Objects.requireNonNull(index, "index");
        if (values != null && values.length != index.length) {
            throw new IllegalArgumentException(values.length + " values for " + index.length + " positions");
        }
    }

    /** The input of a bit fingerprint: ones at the set bits. */
    public static ModelInput ofBits(int[] onBits) {
        return new ModelInput(onBits, null);
    }

    /** The value at the {@code k}-th listed position. */
    public float value(int k) {
        return values == null ? 1f : values[k];
    }
}
