/**
 * Similarity to known actives as a model: a package holding a few reference actives scores a
 * molecule by its Tanimoto similarity to the nearest of them (or the mean over the {@code k}
 * nearest), the classic ligand-based baseline for a target without enough data for a network.
 * Built with {@link io.vscreen.models.similarity.SimilarityPackageWriter} (or
 * {@code vscreen models import-actives}); loaded through the scorer SPI by
 * {@link io.vscreen.models.similarity.SimilarityProvider}.
 */
package io.vscreen.models.similarity;
