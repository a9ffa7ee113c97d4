/**
 * Scoring models: the {@link io.vscreen.models.Scorer} contract other modules call, and the
 * vocabulary shared by the sub-packages (tasks, roles, task types).
 *
 * <p>Sub-packages: {@code metrics} (ROC-AUC, EF, BEDROC, RMSE...), {@code features} (molecule to
 * feature vector, from a manifest's featurizer spec), {@code data} (labelled training tables and
 * splits), {@code nn} (multitask MLP training on DL4J and a plain-Java inference pass),
 * {@code ad} (applicability domain), {@code pkg} (model packages, manifests, registry) and
 * {@code train} (the end-to-end training run that produces a package).
 */
package io.vscreen.models;
