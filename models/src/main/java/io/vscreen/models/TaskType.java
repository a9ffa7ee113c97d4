package io.vscreen.models;

/** Whether a task predicts a probability of the positive class or a continuous value. */
public enum TaskType {
    CLASSIFICATION,
    REGRESSION;

    /** Lower-case name used in manifests and on the command line. */
    @com.fasterxml.jackson.annotation.JsonValue
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Parses {@code classification} / {@code regression} (case-insensitive). */
    @com.fasterxml.jackson.annotation.JsonCreator
    public static TaskType parse(String s) {
        for (TaskType t : values()) {
            if (t.label().equalsIgnoreCase(s.strip())) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown task type '" + s + "' (expected classification or regression)");
    }
}
