/**
 * Structural alerts: substructures that flag compounds as likely assay artefacts (PAINS),
 * reactive, unstable or otherwise unwanted in a screening deck (Brenk, NIH MLSMR, Glaxo,
 * Inpharmatica, Pfizer LINT, BMS, SureChEMBL).
 *
 * <p>{@link io.vscreen.chem.alerts.AlertCatalog} loads the chosen rule sets once from the SMARTS
 * tables shipped with this package (one tab-separated file per rule set, each naming its
 * publication, the file the SMARTS were taken from and that file's licence). PAINS use RDKit's
 * curated SMARTS, whose explicit hydrogen atoms are merged into the neighbouring atom's hydrogen
 * count so the queries match hydrogen-suppressed molecules the way RDKit's PAINS catalog does.
 * Each thread screens molecules with its own {@link io.vscreen.chem.alerts.AlertMatcher}, which
 * skips every pattern whose element, aromaticity, charge, ring and bond-order requirements the
 * molecule cannot meet before running a substructure search.
 */
package io.vscreen.chem.alerts;
