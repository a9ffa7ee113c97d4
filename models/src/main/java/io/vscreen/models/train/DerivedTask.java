package io.vscreen.models.train;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A classification task that training does not learn as such but reads off a regression task of
 * the same data, e.g. {@code Class=pIC50>=7}: BACE's {@code Class} marks compounds with pIC50 of
 * at least 7, and a network trained on the measured pIC50 values learns more from them than one
 * trained on the yes/no label. The package scores the task as the probability that the value lies
 * on the active side ({@link io.vscreen.models.pkg.Manifest.Threshold}); its labels still give
 * the task's validation and test figures.
 *
 * @param task     the classification task (a task column of the data)
 * @param source   the regression task it is read off (a task column of the data)
 * @param relation {@code >=} or {@code <=}
 * @param value    the threshold, in the regression task's units
 */
public record DerivedTask(String task, String source, String relation, double value) {
    private static final Pattern FORM = Pattern.compile("\\s*([^=<>\\s]+)\\s*=\\s*([^=<>\\s]+)\\s*(>=|<=)\\s*(\\S+)\\s*");

    public DerivedTask {
        if (!">=".equals(relation) && !"<=".equals(relation)) {
            throw new IllegalArgumentException("relation must be >= or <=, not '" + relation + "'");
        }
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("threshold of " + task + " must be a finite number");
        }
        if (task.equals(source)) {
            throw new IllegalArgumentException("task " + task + " cannot be read off itself");
        }
    }

    /** Parses {@code TASK=SOURCE>=VALUE} or {@code TASK=SOURCE<=VALUE}. */
    public static DerivedTask parse(String text) {
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not TASK=REGRESSION_TASK>=VALUE (or <=), e.g. Class=pIC50>=7");
        }
        double value;
        try {
            value = Double.parseDouble(m.group(4));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "': threshold '" + m.group(4) + "' is not a number");
        }
        return new DerivedTask(m.group(1), m.group(2), m.group(3), value);
    }

    @Override
    public String toString() {
        return task + "=" + source + relation + (value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value));
    }
}
