package io.vscreen.chem.fingerprints;

import java.util.Objects;

/**
 * A molecule's unfolded circular features (the ECFP or FCFP identifiers of one radius, with how
 * often each occurs): every circular fingerprint of that radius and atom typing folds from them,
 * bits or counts, at any length. Computing them once lets a screen's preparation and its models'
 * featurizers share one circular-fingerprint pass per molecule.
 *
 * @param radius     bond steps from the centre atom (2 for ECFP4 and FCFP4)
 * @param functional whether atoms are typed by pharmacophoric role (FCFP) rather than by element
 * @param counts     the identifiers and their counts, as {@link Fingerprinter#counts} gives them
 */
public record CircularFeatures(int radius, boolean functional, CountFingerprint counts) {

    public CircularFeatures {
        Objects.requireNonNull(counts, "counts");
        if (radius < 0) {
            throw new IllegalArgumentException("radius must not be negative, not " + radius);
        }
    }

    /** Whether {@code spec} (bits or counts, any length) folds from these features. */
    public boolean serves(FingerprintSpec spec) {
        FingerprintSpec.Kind kind = spec.kind();
        return kind.circular() && kind.radius() == radius && kind.functional() == functional;
    }

    /**
     * The bit fingerprint of {@code spec}, equal to its fingerprinter's
     * {@link Fingerprinter#fingerprint}.
     *
     * @throws IllegalArgumentException if these features do not serve {@code spec}
     */
    public Fingerprint bits(FingerprintSpec spec) {
        check(spec);
        return counts.toBits(spec.length());
    }

    private void check(FingerprintSpec spec) {
        if (!serves(spec)) {
            throw new IllegalArgumentException(spec + " is not folded from circular features of radius " + radius
                    + (functional ? " (functional classes)" : ""));
        }
    }
}
