package io.vscreen.chem.alerts;

import java.util.Locale;
import java.util.Optional;

/**
 * The structural-alert rule sets shipped with vscreen. Each has a command-line id and a table of
 * SMARTS under {@code io/vscreen/chem/alerts/<id>.tsv}. The three PAINS families are separate
 * sets (so {@code pains_a} can be chosen alone) but are all reported under {@code pains}.
 */
public enum RuleSet {
    /** PAINS family A (Baell &amp; Holloway 2010), the most frequent hitters. */
    PAINS_A("pains_a", "pains"),
    /** PAINS family B. */
    PAINS_B("pains_b", "pains"),
    /** PAINS family C. */
    PAINS_C("pains_c", "pains"),
    /** Brenk et al. 2008 (Dundee) unwanted groups. */
    BRENK("brenk", "brenk"),
    /** NIH MLSMR excluded functionality. */
    NIH("nih", "nih"),
    /** Glaxo Wellcome hard filters (Hann et al. 1999). */
    GLAXO("glaxo", "glaxo"),
    /** Inpharmatica unwanted fragments. */
    INPHARMATICA("inpharmatica", "inpharmatica"),
    /** Pfizer LINT filters. */
    LINT("lint", "lint"),
    /** BMS HTS deck filters (Pearce et al. 2006). */
    BMS("bms", "bms"),
    /** SureChEMBL non-MedChem-friendly SMARTS. */
    SURECHEMBL("surechembl", "surechembl");

    private final String id;
    private final String reportedAs;

    RuleSet(String id, String reportedAs) {
        this.id = id;
        this.reportedAs = reportedAs;
    }

    /** The command-line id, e.g. {@code pains_a}, {@code brenk}. */
    public String id() {
        return id;
    }

    /** The prefix alerts of this set are reported under, e.g. {@code pains} for every PAINS family. */
    public String reportedAs() {
        return reportedAs;
    }

    String resource() {
        return id + ".tsv";
    }

    /** The rule set with this command-line id (case-insensitive), if any. */
    public static Optional<RuleSet> byId(String id) {
        String key = id.strip().toLowerCase(Locale.ROOT);
        for (RuleSet r : values()) {
            if (r.id.equals(key)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
