package io.vscreen.chem.alerts;

import java.util.Objects;

/**
 * One structural alert: a named SMARTS pattern from a published rule set.
 *
 * @param ruleSet the rule set the alert is reported under, e.g. {@code pains} or {@code brenk}
 * @param name    the rule's name within its set, e.g. {@code quinone_A(370)}
 * @param smarts  the SMARTS exactly as published (explicit hydrogens still spelled out)
 * @param source  where the rule comes from: publication and the file the SMARTS were taken from
 */
public record Alert(String ruleSet, String name, String smarts, String source) {

    public Alert {
        Objects.requireNonNull(ruleSet, "ruleSet");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(smarts, "smarts");
        Objects.requireNonNull(source, "source");
    }

    /** The reported alert id, {@code ruleSet:name}, e.g. {@code pains:quinone_A(370)}. */
    public String id() {
        return ruleSet + ":" + name;
    }
}
