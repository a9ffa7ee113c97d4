/**
 * Labelled training tables (a SMILES column plus task columns, blanks meaning "not tested") and
 * the ways they are divided into training, validation and test sets: by Bemis-Murcko scaffold
 * (new chemotypes in the test set) or at random.
 */
package io.vscreen.models.data;
