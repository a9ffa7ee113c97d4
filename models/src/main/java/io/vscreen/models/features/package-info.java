/**
 * Molecule to feature vector (the project's fingerprints from {@code io.vscreen.chem.fingerprints}), driven by the featurizer spec stored in a model's manifest, so a
 * model is always fed the features it was trained on. Fingerprints are kept sparse (sorted on-bit
 * indices); {@link io.vscreen.models.features.FeatureMatrix} turns a batch into a dense ND4J
 * matrix for training.
 */
package io.vscreen.models.features;
