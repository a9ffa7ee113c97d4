package io.vscreen.chem.prepare;

import java.util.Objects;

import io.vscreen.chem.alerts.AlertCatalog;
import io.vscreen.chem.fingerprints.FingerprintSpec;
import io.vscreen.chem.standardize.StandardizerOptions;

/**
 * Immutable configuration of {@link CompoundPreparer}: which standardization steps run, which
 * alert rule sets are matched, which fingerprint is computed (null for none) and whether the
 * Murcko scaffold is cut. Built once and shared by every thread.
 *
 * @param standardizer standardization steps
 * @param alerts       alert rule sets (an empty catalog for none); immutable and shared
 * @param fingerprint  fingerprint to compute, or null
 * @param scaffold     whether to compute the Bemis-Murcko scaffold
 */
public record PreparationOptions(StandardizerOptions standardizer, AlertCatalog alerts,
                                 FingerprintSpec fingerprint, boolean scaffold) {

    /** The default preparation: full standardization, PAINS + Brenk, ECFP4 2048 bits, scaffold. */
    public static PreparationOptions defaults() {
        return new PreparationOptions(StandardizerOptions.DEFAULTS, AlertCatalog.parse("pains,brenk"),
                FingerprintSpec.parse("ecfp4:2048"), true);
    }

    public PreparationOptions {
        Objects.requireNonNull(standardizer, "standardizer");
        Objects.requireNonNull(alerts, "alerts");
    }

    public PreparationOptions withAlerts(AlertCatalog catalog) {
        return new PreparationOptions(standardizer, catalog, fingerprint, scaffold);
    }

    public PreparationOptions withFingerprint(FingerprintSpec spec) {
        return new PreparationOptions(standardizer, alerts, spec, scaffold);
    }

    public PreparationOptions withStandardizer(StandardizerOptions options) {
        return new PreparationOptions(options, alerts, fingerprint, scaffold);
    }

    public PreparationOptions withScaffold(boolean on) {
        return new PreparationOptions(standardizer, alerts, fingerprint, on);
    }
}
