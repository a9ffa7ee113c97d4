/**
 * Labelled training tables (a SMILES column plus task columns, blanks meaning "not tested") and
 * the ways they are divided into training, validation and test sets: by Bemis-Murcko scaffold
 * (new chemotypes in the test set) or at random, and into cross-validation folds
 * ({@link io.vscreen.models.data.CrossValidation}); and the split written out one line per input row
 * ({@link io.vscreen.models.data.SplitFile}) for training other methods on the same compounds.
 */
package io.vscreen.models.data;
