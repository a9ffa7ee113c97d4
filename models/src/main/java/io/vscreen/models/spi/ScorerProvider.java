package io.vscreen.models.spi;

/**
 * A kind of scorer that model packages can name, found at run time through
 * {@link java.util.ServiceLoader}: the extension point for scorers that this module does not build
 * in, such as similarity to known actives or a network imported from another framework.
 *
 * <p>A package head whose {@code architecture} is not {@code mlp} is opened by the provider whose
 * {@link #architecture()} equals it. The package loader has by then verified every file against
 * its sha256, checked that this build can reproduce the package's featurizer, and read the
 * applicability domain; the provider only turns the head's member files into a
 * {@link FeatureScorer}. The package keeps the prediction contract: featurizing molecules,
 * per-molecule errors, the {@code <model>.<task>}, {@code _std} and {@code ad_similarity}
 * columns. So a provider's scorer serves {@code vscreen predict}, {@code evaluate} and the
 * screening job like any built-in model.
 *
 * <p>To add one: implement this interface with a public no-argument constructor, list the class
 * in {@code META-INF/services/io.vscreen.models.spi.ScorerProvider} of its jar, and put the jar on
 * the class path. {@link io.vscreen.models.similarity.SimilarityProvider} is a complete example.
 *
 * <p>Implementations must be stateless; {@link #open} may be called from several threads.
 */
public interface ScorerProvider {

    /** The manifest {@code architecture} this provider opens, e.g. {@code similarity}. */
    String architecture();

    /**
     * Builds the scorer of one head from its verified files.
     *
     * @throws io.vscreen.models.ModelException when the files are unusable or do not fit the
     *     head (wrong input width, wrong output count); the message should name the package and
     *     the file
     */
    FeatureScorer open(ScorerContext context);
}
