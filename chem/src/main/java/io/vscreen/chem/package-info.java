/**
 * Molecule handling with CDK: turning structure text into molecules with reasons a chemist
 * understands when it fails. Sub-packages standardize, describe, fingerprint, encode as graphs,
 * flag structural alerts and cut scaffolds.
 */
package io.vscreen.chem;
