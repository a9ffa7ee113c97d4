/**
 * Molecule to network input, driven by the featurizer spec stored in a model's manifest, so a
 * model is always fed the features it was trained on: the project's fingerprints
 * ({@code io.vscreen.chem.fingerprints}) as bits or as {@code log1p} folded counts, optionally
 * followed by a descriptor set ({@link io.vscreen.models.features.DescriptorSet}) scaled with
 * the medians and interquartile ranges of the training split
 * ({@link io.vscreen.models.features.DescriptorScaling}).
 *
 * <p>A {@link io.vscreen.models.features.Featurizer} computes a standardized molecule's raw
 * {@link io.vscreen.models.features.MoleculeFeatures}; the spec turns them into a sparse
 * {@link io.vscreen.models.features.ModelInput} (positions and values; bit models keep their
 * sorted on-bit indices); {@link io.vscreen.models.features.FeatureMatrix} turns a batch into a
 * dense ND4J matrix for training.
 */
package io.vscreen.models.features;
