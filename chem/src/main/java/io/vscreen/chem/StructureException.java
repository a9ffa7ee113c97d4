package io.vscreen.chem;

/**
 * A structure that cannot become a molecule, with the reason in words a chemist understands
 * ("ring bond 1 not closed", "valence 5 on N at atom 3"). Checked, so that callers decide
 * explicitly whether a bad structure becomes a reject.
 */
public final class StructureException extends Exception {
    private static final long serialVersionUID = 1L;

    public StructureException(String reason) {
        super(reason);
    }

    public StructureException(String reason, Throwable cause) {
        super(reason, cause);
    }

    /** The reason alone, without exception decoration. */
    public String reason() {
        return getMessage();
    }
}
