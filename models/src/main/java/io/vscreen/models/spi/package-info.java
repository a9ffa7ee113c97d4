/**
 * The scorer SPI: how to add a kind of model that is not one of this module's networks.
 *
 * <p>A model package is a directory (or zip) with a {@code model.json} manifest and files with
 * their sha256. Each entry of the manifest's {@code heads} names an {@code architecture}. Heads
 * of architecture {@code mlp} are run by the package loader itself; any other architecture is
 * opened by the {@link io.vscreen.models.spi.ScorerProvider} of that name found through
 * {@link java.util.ServiceLoader}. The package loader keeps everything else: verification,
 * featurization, per-molecule errors, the applicability domain and the output columns.
 *
 * <h2>Writing a scorer</h2>
 * <ol>
 *   <li>Implement {@link io.vscreen.models.spi.FeatureScorer}: given the molecules' fingerprint
 *       on-bits, write a mean and a standard deviation per task. Keep it immutable.</li>
 *   <li>Implement {@link io.vscreen.models.spi.ScorerProvider}: {@code architecture()} returns the
 *       name used in manifests; {@code open(context)} reads the head's {@code members} files from
 *       {@link io.vscreen.models.spi.ScorerContext#file(String)}, checks they fit the head (input
 *       width = {@code context.featureCount()}, one output per task) and returns the scorer.</li>
 *   <li>Register it: a line with the provider's class name in
 *       {@code META-INF/services/io.vscreen.models.spi.ScorerProvider}.</li>
 *   <li>Write a package: build a {@link io.vscreen.models.pkg.Manifest} with one
 *       {@link io.vscreen.models.pkg.Manifest.Head} of your architecture whose {@code members} list
 *       your files, plus the applicability-domain fingerprints, and call
 *       {@link io.vscreen.models.pkg.ModelPackage#write}; it fills in the sha256s.</li>
 * </ol>
 *
 * <p>Built-in providers: {@code similarity}
 * ({@link io.vscreen.models.similarity.SimilarityProvider}, Tanimoto similarity to known actives)
 * and {@code keras-import} ({@link io.vscreen.models.keras.KerasNetworkProvider}, networks
 * imported from Keras).
 */
package io.vscreen.models.spi;
