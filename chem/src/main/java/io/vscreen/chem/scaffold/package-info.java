/**
 * Scaffolds for grouping compounds by chemotype and for scaffold-split validation:
 * {@link io.vscreen.chem.scaffold.Scaffolds} cuts Bemis-Murcko scaffolds (rings, linkers and
 * exocyclic double-bonded atoms, as RDKit does) and generic graph frameworks.
 */
package io.vscreen.chem.scaffold;
