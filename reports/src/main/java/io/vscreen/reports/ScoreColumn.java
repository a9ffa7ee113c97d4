package io.vscreen.reports;

import java.util.Objects;

/**
 * One predicted quantity a model produces for every compound, e.g. task {@code NR-AR} of model
 * {@code tox21}. Its {@link Role} decides the default desirability (efficacy is wanted high,
 * toxicity low, plain properties are reported but not ranked) and its {@link Kind} whether the
 * value is a probability in [0, 1] or a number on the task's own scale.
 *
 * @param model model name, as in the model package's manifest (no dots)
 * @param task  task name within the model
 * @param role  what the score means for a hit
 * @param kind  classification (probability) or regression (a measured unit)
 */
public record ScoreColumn(String model, String task, Role role, Kind kind) {

    /** What a score means for a hit. */
    public enum Role {
        /** Activity on the target: higher is better. */
        EFFICACY,
        /** Probability or potency of an unwanted effect: lower is better. */
        TOXICITY,
        /** Any other predicted property (solubility, logD...): reported, not ranked by default. */
        PROPERTY
    }

    /** Whether the value is a class probability or a regression estimate. */
    public enum Kind {
        CLASSIFICATION, REGRESSION
    }

    public ScoreColumn {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(kind, "kind");
        if (model.isBlank() || model.contains(".") || model.contains(",")) {
            throw new IllegalArgumentException("model name must be non-blank without '.' or ',': '" + model + "'");
        }
        if (task.isBlank() || task.contains(",")) {
            throw new IllegalArgumentException("task name must be non-blank without ',': '" + task + "'");
        }
    }

    /** The column key {@code <model>.<task>} used in configuration, CSV headers and maps. */
    public String key() {
        return model + "." + task;
    }

    /** Shorthand for an efficacy probability. */
    public static ScoreColumn efficacy(String model, String task) {
        return new ScoreColumn(model, task, Role.EFFICACY, Kind.CLASSIFICATION);
    }

    /** Shorthand for a toxicity probability. */
    public static ScoreColumn toxicity(String model, String task) {
        return new ScoreColumn(model, task, Role.TOXICITY, Kind.CLASSIFICATION);
    }

    @Override
    public String toString() {
        return key() + " (" + role.name().toLowerCase(java.util.Locale.ROOT) + ", "
                + kind.name().toLowerCase(java.util.Locale.ROOT) + ")";
    }
}
