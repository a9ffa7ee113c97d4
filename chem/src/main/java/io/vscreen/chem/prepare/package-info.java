/**
 * What a parsed compound becomes before scoring: one call that standardizes it, computes its
 * descriptors, fingerprint, structural alerts and Murcko scaffold, configured once by
 * {@link io.vscreen.chem.prepare.PreparationOptions}.
 */
package io.vscreen.chem.prepare;
