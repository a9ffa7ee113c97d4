/**
 * Model packages: a directory (or a zip of one) holding the weights, the training set's
 * applicability-domain fingerprints and a {@code model.json} manifest with provenance, validation
 * figures and the sha256 of every file. {@link io.vscreen.models.pkg.ModelPackage} loads and
 * verifies a package and scores molecules; {@link io.vscreen.models.pkg.ModelRegistry} finds
 * packages on the search path (bundled zoo, {@code ~/.vscreen/models}, extra directories).
 */
package io.vscreen.models.pkg;
