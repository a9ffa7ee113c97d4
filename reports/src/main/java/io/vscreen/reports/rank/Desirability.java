package io.vscreen.reports.rank;

import java.util.Locale;
import java.util.Objects;

/**
 * Maps a raw value onto a desirability in [floor, 1], the way multi-parameter optimisation
 * scores (Pfizer CNS MPO, Bickerton's QED) do before they are combined.
 *
 * <ul>
 *   <li>{@link Shape#RAMP}: 0 at or beyond the bad bound, 1 at or beyond the good bound, linear in
 *       between.</li>
 *   <li>{@link Shape#SIGMOID}: a logistic curve centred between the bounds, 0.05 at the bad bound and
 *       0.95 at the good bound; never exactly 0 or 1.</li>
 * </ul>
 * {@link Direction#UP} means higher values are better ({@code low} is the bad bound), {@code DOWN}
 * the reverse. The result is then lifted onto [floor, 1]: a floor above 0 turns the term into a
 * bounded penalty instead of a veto. A missing value (NaN) has desirability 0: the compound
 * cannot be shown to be good.
 *
 * @param shape     ramp or sigmoid
 * @param direction which end is good
 * @param low       lower bound of the transition (raw units)
 * @param high      upper bound of the transition, strictly above {@code low}
 * @param floor     smallest desirability returned for a present value, in [0, 1)
 */
public record Desirability(Shape shape, Direction direction, double low, double high, double floor) {

    /** Curve between the bounds. */
    public enum Shape { RAMP, SIGMOID }

    /** Which end of the scale is desirable. */
    public enum Direction { UP, DOWN }

    private static final double LN19 = Math.log(19.0);

    public Desirability {
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(direction, "direction");
        if (!(Double.isFinite(low) && Double.isFinite(high) && low < high)) {
            throw new IllegalArgumentException("desirability bounds must be finite with low < high, got low="
                    + low + " high=" + high);
        }
        if (!(floor >= 0 && floor < 1)) {
            throw new IllegalArgumentException("desirability floor must be in [0, 1), got " + floor);
        }
    }

    public static Desirability rampUp(double low, double high) {
        return new Desirability(Shape.RAMP, Direction.UP, low, high, 0);
    }

    public static Desirability rampDown(double low, double high) {
        return new Desirability(Shape.RAMP, Direction.DOWN, low, high, 0);
    }

    public static Desirability sigmoidUp(double low, double high) {
        return new Desirability(Shape.SIGMOID, Direction.UP, low, high, 0);
    }

    public static Desirability sigmoidDown(double low, double high) {
        return new Desirability(Shape.SIGMOID, Direction.DOWN, low, high, 0);
    }

    /** The same curve lifted onto [floor, 1]. */
    public Desirability withFloor(double newFloor) {
        return new Desirability(shape, direction, low, high, newFloor);
    }

    /** Desirability of a raw value, in [floor, 1]; 0 for NaN. */
    public double apply(double x) {
        if (Double.isNaN(x)) {
            return 0;
        }
        double up;
        if (shape == Shape.RAMP) {
            up = x <= low ? 0 : x >= high ? 1 : (x - low) / (high - low);
        } else {
            double k = 2 * LN19 / (high - low);
            up = 1 / (1 + Math.exp(-k * (x - (low + high) / 2)));
        }
        double d = direction == Direction.UP ? up : 1 - up;
        return floor + (1 - floor) * d;
    }

    /** Orients a raw value so that larger is better (for Pareto dominance); NaN becomes -infinity. */
    public double oriented(double x) {
        if (Double.isNaN(x)) {
            return Double.NEGATIVE_INFINITY;
        }
        return direction == Direction.UP ? x : -x;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s %s [%s, %s]%s", shape.name().toLowerCase(Locale.ROOT),
                direction.name().toLowerCase(Locale.ROOT), plain(low), plain(high),
                floor > 0 ? " floor " + plain(floor) : "");
    }

    private static String plain(double v) {
        return new java.math.BigDecimal(v).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString();
    }
}
