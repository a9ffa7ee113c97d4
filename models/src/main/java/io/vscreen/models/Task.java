package io.vscreen.models;

import java.util.Objects;

/**
 * One predicted quantity: its name (the training data's column, e.g. {@code NR-AR} or
 * {@code pIC50}), whether it is a classification or a regression, and its units (for
 * classification: {@code probability}).
 */
public record Task(String name, TaskType type, String units) {
    public Task {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if (name.isBlank()) {
            throw new IllegalArgumentException("task name is blank");
        }
        units = units == null || units.isBlank()
                ? (type == TaskType.CLASSIFICATION ? "probability" : "")
                : units;
    }
}
