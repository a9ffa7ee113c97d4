/**
 * Model packages: a directory (or a zip of one) holding the weights, the training set's
 * applicability-domain fingerprints and a {@code model.json} manifest with provenance, validation
 * figures and the sha256 of every file. {@link io.vscreen.models.pkg.ModelPackage} loads and
 * verifies a package and scores molecules; {@link io.vscreen.models.pkg.ModelRegistry} finds
 * packages on the search path (bundled zoo, {@code ~/.vscreen/models}, extra directories).
 * A package's heads are fingerprint networks, graph networks, both ({@link
 * io.vscreen.models.pkg.Consensus}), or weightless threshold heads that read a classification task
 * off a regression task ({@link io.vscreen.models.pkg.Manifest.Threshold}).
 */
package io.vscreen.models.pkg;
