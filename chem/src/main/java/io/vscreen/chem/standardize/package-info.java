/**
 * Standardization of parsed molecules before they are described, fingerprinted or scored: keep
 * the largest organic fragment (drop salts, counter-ions, solvents), neutralize charges that an
 * acid or base would carry, perceive Daylight aromaticity, and name the result by canonical
 * isomeric SMILES and standard InChIKey. See {@link io.vscreen.chem.standardize.Standardizer}.
 */
package io.vscreen.chem.standardize;
