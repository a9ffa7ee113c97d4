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
 * The same merging applies to every rule set (one BMS rule uses it).
 *
 * <p>Each thread screens molecules with its own {@link io.vscreen.chem.alerts.AlertMatcher}, which
 * skips every pattern whose element, aromaticity, charge, ring, connectivity and bond-order
 * requirements the molecule cannot meet, and searches the rest from their most selective atom.
 * The pre-screen is derived from the parsed queries by three-valued evaluation over coarse atom
 * and bond classes, so it only ever skips patterns that cannot match; the same evaluation lets the
 * search accept a query atom or bond without testing its expression when the molecule atom's or
 * bond's class already satisfies it.
 */
package io.vscreen.chem.alerts;
