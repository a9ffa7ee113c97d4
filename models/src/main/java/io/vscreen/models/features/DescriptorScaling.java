package io.vscreen.models.features;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The descriptor part of a featurizer spec as the manifest stores it: which descriptors, in which
 * revision, and the scaling fitted on the training split that turns them into network inputs.
 *
 * <p>Scaling {@code robust}: {@code x' = clamp((x - center) / scale, -clip, clip)} with
 * {@code center} the training median and {@code scale} the interquartile range divided by 1.349
 * (the standard deviation for normally distributed values); where the interquartile range is 0
 * (a descriptor that is mostly one value, such as the formal charge) the standard deviation is
 * used, and 1 if that is 0 too. A value that could not be computed ({@code NaN}) becomes 0, the
 * training median. Clipping keeps a huge natural product from saturating the network.
 *
 * @param set     the {@link DescriptorSet} name, e.g. {@code standard}
 * @param version the set's {@link DescriptorSet#version()} the model was trained with
 * @param names   the descriptor names, in input order
 * @param scaling the scaling method ({@code robust})
 * @param center  per descriptor, subtracted; {@code null} before fitting
 * @param scale   per descriptor, divided by; {@code null} before fitting
 * @param clip    bound on the absolute scaled value
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"set", "version", "names", "scaling", "clip", "center", "scale"})
public record DescriptorScaling(String set, String version, List<String> names, String scaling, double[] center,
                                double[] scale, double clip) {

    /** The scaling method this build applies. */
    public static final String ROBUST = "robust";

    /** The default clip bound. */
    public static final double DEFAULT_CLIP = 5.0;

    public DescriptorScaling {
        Objects.requireNonNull(set, "set");
        names = names == null ? null : List.copyOf(names);
        if ((center == null) != (scale == null)) {
            throw new IllegalArgumentException("descriptor scaling needs both center and scale, or neither");
        }
        if (center != null && names != null && (center.length != names.size() || scale.length != names.size())) {
            throw new IllegalArgumentException("descriptor scaling has " + center.length + " centers and "
                    + scale.length + " scales for " + names.size() + " descriptors");
        }
    }

    /** An unfitted spec for this build's version of a set. */
    public static DescriptorScaling unfitted(DescriptorSet set) {
        return new DescriptorScaling(set.name(), set.version(), set.names(), ROBUST, null, null, DEFAULT_CLIP);
    }

    /** Number of descriptors. */
    public int count() {
        return names.size();
    }

    /** Whether center and scale are known. */
    public boolean fitted() {
        return center != null;
    }

    /**
     * The same descriptors with the scaling fitted on training rows (raw values, {@code NaN} for
     * values that could not be computed, which are left out of the fit).
     */
    public DescriptorScaling fit(List<double[]> trainingRows) {
        int d = count();
        double[] c = new double[d];
        double[] s = new double[d];
        for (int j = 0; j < d; j++) {
            double[] v = new double[trainingRows.size()];
            int n = 0;
            for (double[] row : trainingRows) {
                if (!Double.isNaN(row[j])) {
                    v[n++] = row[j];
                }
            }
            v = Arrays.copyOf(v, n);
            Arrays.sort(v);
            if (n == 0) {
                c[j] = 0;
                s[j] = 1;
                continue;
            }
            c[j] = quantile(v, 0.5);
            double iqr = quantile(v, 0.75) - quantile(v, 0.25);
            double sc = iqr / 1.349;
            if (!(sc > 1e-9)) {
                double mean = Arrays.stream(v).average().orElse(0);
                double ss = 0;
                for (double x : v) {
                    ss += (x - mean) * (x - mean);
                }
                sc = n > 1 ? Math.sqrt(ss / (n - 1)) : 0;
            }
            s[j] = sc > 1e-9 ? sc : 1;
        }
        return new DescriptorScaling(set, version, names, scaling, c, s, clip);
    }

    /** Linear-interpolation quantile of sorted values (as numpy's default). */
    static double quantile(double[] sorted, double q) {
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }

    /**
     * Scaled values of a molecule's raw descriptors, in {@link #names()} order.
     *
     * @throws IllegalArgumentException when {@code raw} holds another number of values
     */
    public float[] scaled(double[] raw) {
        if (raw == null || raw.length != count()) {
            throw new IllegalArgumentException("descriptor set '" + set + "' needs " + count() + " values, got "
                    + (raw == null ? "none" : raw.length));
        }
        float[] out = new float[raw.length];
        for (int j = 0; j < raw.length; j++) {
            out[j] = scaled(j, raw[j]);
        }
        return out;
    }

    /** Scaled value of descriptor {@code j}. */
    public float scaled(int j, double raw) {
        if (!fitted()) {
            throw new IllegalStateException("descriptor scaling of set '" + set + "' has not been fitted");
        }
        if (Double.isNaN(raw)) {
            return 0f;
        }
        double z = (raw - center[j]) / scale[j];
        return (float) Math.max(-clip, Math.min(clip, z));
    }
}
