/**
 * End-to-end training: read a labelled table, split it (once, or into cross-validation folds),
 * train an ensemble per task type, read derived classification tasks off regression tasks,
 * validate, and write a model package with its manifest and provenance
 * ({@link io.vscreen.models.train.TrainingRun}); join a fingerprint and a graph package into a
 * consensus scored on their split ({@link io.vscreen.models.train.ConsensusRun}); and evaluation of
 * a package on a labelled table.
 */
package io.vscreen.models.train;
