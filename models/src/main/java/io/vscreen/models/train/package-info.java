/**
 * End-to-end training: read a labelled table, split it, train an ensemble per task type,
 * validate, and write a model package with its manifest and provenance; and evaluation of a
 * package on a labelled table.
 */
package io.vscreen.models.train;
