package io.vscreen.chem.prepare;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import io.vscreen.chem.alerts.Alert;
import io.vscreen.chem.descriptors.Descriptors;
import io.vscreen.chem.fingerprints.CircularFeatures;
import io.vscreen.chem.fingerprints.Fingerprint;
import io.vscreen.chem.standardize.StandardizedMolecule;

/**
 * A compound ready for scoring and reporting.
 *
 * @param standardized the standardized structure with its canonical SMILES and InChIKey
 * @param descriptors  physico-chemical descriptors of the standardized structure
 * @param fingerprint  the configured fingerprint, or null when none was asked for
 * @param circular     the unfolded circular features the fingerprint was folded from (when it is
 *                     circular, else null), for models that read another fingerprint of the same
 *                     radius and typing (e.g. ECFP4 counts)
 * @param alerts       matched structural alerts, in catalog order
 * @param scaffold     canonical SMILES of the Bemis-Murcko scaffold ("" for acyclic compounds,
 *                     null when not computed)
 */
public record PreparedCompound(StandardizedMolecule standardized, Descriptors descriptors,
                               Fingerprint fingerprint, CircularFeatures circular, List<Alert> alerts,
                               String scaffold) {

    public PreparedCompound {
        Objects.requireNonNull(standardized, "standardized");
        Objects.requireNonNull(descriptors, "descriptors");
        alerts = List.copyOf(alerts);
    }

    /** Canonical isomeric SMILES of the standardized structure. */
    public String smiles() {
        return standardized.smiles();
    }

    /** Standard InChIKey, or "" when it could not be computed. */
    public String inchiKey() {
        return standardized.inchiKey();
    }

    /** Matched alerts as {@code ruleset:rule} names joined by semicolons ("" for none). */
    public String alertIds() {
        return alerts.stream().map(Alert::id).collect(Collectors.joining(";"));
    }
}
