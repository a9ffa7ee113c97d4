/**
 * Physico-chemical descriptors of standardized molecules (molecular weight, Crippen logP, TPSA,
 * Lipinski donors and acceptors, rotatable bonds, rings, Fsp3, stereocentres, QED, rule-of-five and
 * Veber flags) with RDKit's definitions, computed by fast hand-written atom rules. Start at
 * {@link io.vscreen.chem.descriptors.DescriptorCalculator}.
 */
package io.vscreen.chem.descriptors;
