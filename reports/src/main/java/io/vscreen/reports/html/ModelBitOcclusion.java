package io.vscreen.reports.html;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.openscience.cdk.interfaces.IAtomContainer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.vscreen.chem.StructureException;
import io.vscreen.chem.fingerprints.Ecfp;
import io.vscreen.models.ScoreBatch;
import io.vscreen.models.features.FeaturizationException;
import io.vscreen.models.features.FeaturizerSpec;
import io.vscreen.models.pkg.ModelPackage;
import io.vscreen.reports.Candidate;

/**
 * Atom-level explanation of one task of a model package, by occlusion of the model's own input
 * bits (the circular fingerprint of its manifest, e.g. {@code ecfp4:2048}):
 *
 * <ol>
 *   <li>the molecule is featurized with the model's featurizer and scored; then each bit that is
 *       on is switched off in turn and the bit vector rescored (one batched call to
 *       {@link ModelPackage#scoreFeatures}); the drop in the task's ensemble mean is the bit's
 *       attribution;</li>
 *   <li>each bit goes back to atoms through the circular environments that fold onto it
 *       ({@link Ecfp#environmentCover}: centre atom and every atom within the radius);</li>
 *   <li>a bit's attribution is shared among the atoms in proportion to how many of its features'
 *       environments hold each, so the atom weights add up to the sum of the bit attributions.</li>
 * </ol>
 * Positive weights mark atoms that raise the score. Costs one featurization and one batched model
 * call per compound, so it is meant for the top N. When the features found do not reproduce the
 * model's bits exactly (a featurizer this class does not know), no explanation is given rather
 * than a wrong one. Not thread-safe (one instance per report).
 */
public final class ModelBitOcclusion implements AtomAttribution {

    private static final Logger LOG = LoggerFactory.getLogger(ModelBitOcclusion.class);

    /** Featurizer kinds whose bits come from circular environments ({@link Ecfp}). */
    private static final java.util.Set<String> CIRCULAR = java.util.Set.of("ecfp4", "ecfp6", "fcfp4");

    private final ModelPackage model;
    private final int task;
    private final String scoreName;
    private final FeaturizerSpec spec;

    /**
     * @param model the model package whose score is explained
     * @param task  the task's name (e.g. {@code Class})
     * @throws IllegalArgumentException when the task is unknown, or the model is a graph network or
     *                                  reads something else than a CDK circular fingerprint
     */
    public ModelBitOcclusion(ModelPackage model, String task) {
        this.model = model;
        this.spec = model.manifest().featurizer();
        if (model.isGraphModel() || !CIRCULAR.contains(spec.kind())) {
            throw new IllegalArgumentException("model " + model.name() + ": atom attribution by bit occlusion needs a"
                    + " circular fingerprint (ecfp/fcfp), not " + spec.label());
        }
        int t = -1;
        for (int i = 0; i < model.tasks().size(); i++) {
            if (model.tasks().get(i).name().equals(task)) {
                t = i;
            }
        }
        if (t < 0) {
            throw new IllegalArgumentException("model " + model.name() + " has no task '" + task + "'");
        }
        this.task = t;
        this.scoreName = model.name() + "." + task;
    }

    /** The explanation of a model's task when the model reads a CDK circular fingerprint. */
    public static Optional<AtomAttribution> of(ModelPackage model, String task) {
        if (model.isGraphModel() || !CIRCULAR.contains(model.manifest().featurizer().kind())) {
            return Optional.empty();
        }
        return Optional.of(new ModelBitOcclusion(model, task));
    }

    @Override
    public double[] atomWeights(Candidate candidate, IAtomContainer molecule) {
        int atoms = molecule.getAtomCount();
        int[] bits;
        Map<Integer, int[]> cover = new HashMap<>();
        try {
            bits = model.newFeaturizer().onBits(molecule);
            cover.putAll(new Ecfp(spec.fingerprintSpec()).environmentCover(molecule));
        } catch (FeaturizationException | StructureException e) {
            LOG.warn("record {} ({}): no explanation of {}: {}", candidate.record(), candidate.id(), scoreName,
                    e.getMessage());
            return null;
        }
        int[] folded = cover.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        if (!Arrays.equals(folded, bits)) {
            LOG.warn("record {} ({}): no explanation of {}: the circular features do not give the model's {} bits",
                    candidate.record(), candidate.id(), scoreName, spec.label());
            return null;
        }
        List<int[]> variants = new ArrayList<>(bits.length + 1);
        variants.add(bits);
        for (int i = 0; i < bits.length; i++) {
            int[] off = new int[bits.length - 1];
            System.arraycopy(bits, 0, off, 0, i);
            System.arraycopy(bits, i + 1, off, i, bits.length - i - 1);
            variants.add(off);
        }
        ScoreBatch scores = model.scoreFeatures(variants, null);
        double base = scores.mean()[0][task];
        double[] weights = new double[atoms];
        for (int i = 0; i < bits.length; i++) {
            double delta = base - scores.mean()[i + 1][task];
            int[] share = cover.get(bits[i]);
            double total = Arrays.stream(share).sum();
            if (delta == 0 || Double.isNaN(delta) || total == 0) {
                continue;
            }
            for (int a = 0; a < atoms; a++) {
                weights[a] += delta * share[a] / total;
            }
        }
        return weights;
    }

    @Override
    public String describe() {
        return spec.label() + " bit occlusion of " + scoreName;
    }
}
