/**
 * Applicability domain: how close a compound is to what a model was trained on, as the maximum
 * Tanimoto similarity of its fingerprint to the training set's fingerprints, stored compactly in
 * the model package.
 */
package io.vscreen.models.ad;
