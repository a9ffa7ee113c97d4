package io.vscreen.models;

/** What a model's outputs mean for ranking: activity to seek, liability to avoid, or a property. */
public enum Role {
    EFFICACY,
    TOXICITY,
    PROPERTY;

    /** Lower-case name used in manifests and on the command line. */
    @com.fasterxml.jackson.annotation.JsonValue
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Parses {@code efficacy} / {@code toxicity} / {@code property} (case-insensitive). */
    @com.fasterxml.jackson.annotation.JsonCreator
    public static Role parse(String s) {
        for (Role r : values()) {
            if (r.label().equalsIgnoreCase(s.strip())) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown role '" + s + "' (expected efficacy, toxicity or property)");
    }
}
