package io.vscreen.chem.fingerprints;

import java.util.Locale;
import java.util.Objects;

import org.openscience.cdk.CDK;

/**
 * Which fingerprint to compute, as a value and as the string a model manifest stores:
 * {@code ecfp4:2048}, {@code ecfp6:1024}, {@code fcfp4:4096}, {@code ecfp4-count:2048},
 * {@code ecfp6-count:2048}, {@code fcfp4-count:2048} or {@code maccs}. Circular fingerprints take a
 * length of 1024, 2048 or 4096 bits; MACCS always has 166 keys.
 *
 * <p>{@link #version()} names the algorithm revision: it changes whenever the bits produced for a
 * molecule would change, so a model can refuse features made by another revision.
 *
 * @param kind   the fingerprint family
 * @param length number of bits (or folded count positions)
 */
public record FingerprintSpec(Kind kind, int length) {

    /** Lengths allowed for the circular fingerprints. */
    public static final java.util.List<Integer> ALLOWED_LENGTHS = java.util.List.of(1024, 2048, 4096);

    /** Number of MACCS keys. */
    public static final int MACCS_LENGTH = 166;

    /** Fingerprint families. */
    public enum Kind {
        /** Extended-connectivity, radius 2 (diameter 4), bits. */
        ECFP4("ecfp4", 2, false, false),
        /** Extended-connectivity, radius 3 (diameter 6), bits. */
        ECFP6("ecfp6", 3, false, false),
        /** Functional-class (pharmacophoric atom types), radius 2, bits. */
        FCFP4("fcfp4", 2, true, false),
        /** ECFP4 folded counts. */
        ECFP4_COUNT("ecfp4-count", 2, false, true),
        /** ECFP6 folded counts. */
        ECFP6_COUNT("ecfp6-count", 3, false, true),
        /** FCFP4 folded counts. */
        FCFP4_COUNT("fcfp4-count", 2, true, true),
        /** The 166 MACCS structural keys. */
        MACCS("maccs", 0, false, false);

        private final String token;
        private final int radius;
        private final boolean functional;
        private final boolean count;

        Kind(String token, int radius, boolean functional, boolean count) {
            this.token = token;
            this.radius = radius;
            this.functional = functional;
            this.count = count;
        }

        /** The name used in spec strings, e.g. {@code ecfp4-count}. */
        public String token() {
            return token;
        }

        /** Circular radius (bond steps from the centre atom); 0 for MACCS. */
        public int radius() {
            return radius;
        }

        /** Whether atoms are typed by pharmacophoric role (FCFP) rather than by element (ECFP). */
        public boolean functional() {
            return functional;
        }

        /** Whether network input uses folded counts rather than bits. */
        public boolean isCount() {
            return count;
        }

        /** Whether this is a circular (Morgan) fingerprint. */
        public boolean circular() {
            return this != MACCS;
        }

        static Kind ofToken(String token) {
            for (Kind k : values()) {
                if (k.token.equals(token)) {
                    return k;
                }
            }
            return null;
        }
    }

    public FingerprintSpec {
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.MACCS) {
            if (length != MACCS_LENGTH) {
                throw new IllegalArgumentException("MACCS has " + MACCS_LENGTH + " keys, not " + length);
            }
        } else if (!allowed(length)) {
            throw new IllegalArgumentException("fingerprint length " + length + " not allowed for " + kind.token
                    + ": use 1024, 2048 or 4096");
        }
    }

    private static boolean allowed(int length) {
        return ALLOWED_LENGTHS.contains(length);
    }

    /** A circular fingerprint spec, or MACCS (whose length must then be 166). */
    public static FingerprintSpec of(Kind kind, int length) {
        return new FingerprintSpec(kind, length);
    }

    /** The MACCS keys spec. */
    public static FingerprintSpec maccs() {
        return new FingerprintSpec(Kind.MACCS, MACCS_LENGTH);
    }

    /**
     * Reads a spec string: {@code <kind>:<length>} or {@code maccs} (also {@code maccs:166}); case
     * and surrounding blanks are ignored.
     *
     * @throws IllegalArgumentException naming the string and what is wrong with it
     */
    public static FingerprintSpec parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty fingerprint spec; expected e.g. 'ecfp4:2048' or 'maccs'");
        }
        String s = text.strip().toLowerCase(Locale.ROOT);
        int colon = s.indexOf(':');
        String name = colon < 0 ? s : s.substring(0, colon).strip();
        Kind kind = Kind.ofToken(name);
        if (kind == null) {
            throw new IllegalArgumentException("unknown fingerprint '" + name + "' in spec '" + text.strip()
                    + "'; known: ecfp4, ecfp6, fcfp4, ecfp4-count, ecfp6-count, fcfp4-count, maccs");
        }
        if (colon < 0) {
            if (kind == Kind.MACCS) {
                return maccs();
            }
            throw new IllegalArgumentException("fingerprint spec '" + text.strip() + "' needs a length, e.g. '"
                    + name + ":2048' (1024, 2048 or 4096)");
        }
        String len = s.substring(colon + 1).strip();
        int length;
        try {
            length = Integer.parseInt(len);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("fingerprint length '" + len + "' in spec '" + text.strip()
                    + "' is not a whole number");
        }
        try {
            return new FingerprintSpec(kind, length);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("fingerprint spec '" + text.strip() + "': " + e.getMessage(), e);
        }
    }

    /**
     * The algorithm revision, e.g. {@code morgan-1/cdk-2.12}: our circular fingerprint revision or
     * the CDK MACCS key set, with the CDK release whose aromaticity perception feeds it.
     */
    public String version() {
        String cdk = "cdk-" + CDK.getVersion();
        return kind == Kind.MACCS ? "maccs-1/" + cdk : "morgan-" + Ecfp.REVISION + "/" + cdk;
    }

    /** A new fingerprinter for this spec; use it from one thread only. */
    public Fingerprinter newFingerprinter() {
        return kind == Kind.MACCS ? new Maccs() : new Ecfp(this);
    }

    /** The canonical spec string, e.g. {@code ecfp4-count:2048} or {@code maccs}. */
    @Override
    public String toString() {
        return kind == Kind.MACCS ? kind.token : kind.token + ":" + length;
    }
}
