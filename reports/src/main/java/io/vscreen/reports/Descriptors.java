package io.vscreen.reports;

import java.util.List;

/** Names of the descriptors the outputs report, in {@code ranked.csv} column order. */
public final class Descriptors {
    public static final String MW = "mw";
    public static final String LOGP = "logp";
    public static final String TPSA = "tpsa";
    public static final String HBD = "hbd";
    public static final String HBA = "hba";
    public static final String ROTB = "rotb";
    public static final String QED = "qed";
    public static final String LIPINSKI_VIOLATIONS = "lipinski_violations";

    /** The reported descriptors, in column order. */
    public static final List<String> REPORTED = List.of(MW, LOGP, TPSA, HBD, HBA, ROTB, QED, LIPINSKI_VIOLATIONS);

    private Descriptors() {
    }
}
