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
import io.vscreen.models.features.Featurizer;
import io.vscreen.models.features.FeaturizerSpec;
import io.vscreen.models.features.MoleculeFeatures;
import io.vscreen.models.pkg.ModelPackage;
import io.vscreen.reports.Candidate;

/**
 * Atom-level explanation of one task of a model package, by occlusion of the model's own
 * fingerprint positions (the circular fingerprint of its manifest, bits or counts, e.g.
 * {@code ecfp4:2048} or {@code ecfp4-count:2048+standard}):
 *
 * <ol>
 *   <li>the molecule is featurized with the model's featurizer and scored; then each set position
 *       is cleared in turn (bit off, or count zero; descriptors, which belong to the whole
 *       molecule, stay as they are) and the features rescored (one batched call to
 *       {@link ModelPackage#scoreInputs}); the drop in the task's ensemble mean is the
 *       position's attribution;</li>
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

    private final ModelPackage model;
    private final int task;
    private final String scoreName;
    private final FeaturizerSpec spec;
    /** The model's featurizer, made on first use and kept (making one compiles its alert catalogue). */
    private Featurizer featurizer;

    /**
     * @param model the model package whose score is explained
     * @param task  the task's name (e.g. {@code Class})
     * @throws IllegalArgumentException when the task is unknown, or the model is a graph network or
     *                                  reads something else than a circular fingerprint (bits or counts)
     */
    public ModelBitOcclusion(ModelPackage model, String task) {
        this.model = model;
        this.spec = model.manifest().featurizer();
        if (!explainable(model)) {
            throw new IllegalArgumentException("model " + model.name() + ": atom attribution by occlusion needs a"
                    + " circular fingerprint (ecfp/fcfp, bits or counts), not " + spec.label());
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
        return explainable(model) ? Optional.of(new ModelBitOcclusion(model, task)) : Optional.empty();
    }

    /** Whether the model reads a circular fingerprint ({@link Ecfp}: ECFP or FCFP, bits or counts). */
    private static boolean explainable(ModelPackage model) {
        if (model.isGraphModel()) {
            return false;
        }
        try {
            return model.manifest().featurizer().fingerprintSpec().kind().circular();
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public double[] atomWeights(Candidate candidate, IAtomContainer molecule) {
        int atoms = molecule.getAtomCount();
        MoleculeFeatures features;
        Map<Integer, int[]> cover = new HashMap<>();
        try {
            if (featurizer == null) {
                featurizer = model.newFeaturizer();
            }
            features = featurizer.features(molecule);
            cover.putAll(new Ecfp(spec.fingerprintSpec()).environmentCover(molecule));
        } catch (FeaturizationException | StructureException e) {
            LOG.warn("record {} ({}): no explanation of {}: {}", candidate.record(), candidate.id(), scoreName,
                    e.getMessage());
            return null;
        }
        int[] bits = features.onBits();
        int[] folded = cover.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        if (!Arrays.equals(folded, bits)) {
            LOG.warn("record {} ({}): no explanation of {}: the circular features do not give the model's {} bits",
                    candidate.record(), candidate.id(), scoreName, spec.label());
            return null;
        }
        List<MoleculeFeatures> variants = new ArrayList<>(bits.length + 1);
        variants.add(features);
        for (int i = 0; i < bits.length; i++) {
            variants.add(without(features, i));
        }
        ScoreBatch scores = model.scoreInputs(variants, null);
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

    /** The features with set position {@code i} cleared. */
    private static MoleculeFeatures without(MoleculeFeatures f, int i) {
        int[] bits = f.onBits();
        int[] off = new int[bits.length - 1];
        System.arraycopy(bits, 0, off, 0, i);
        System.arraycopy(bits, i + 1, off, i, bits.length - i - 1);
        float[] counts = null;
        if (f.counts() != null) {
            counts = new float[bits.length - 1];
            System.arraycopy(f.counts(), 0, counts, 0, i);
            System.arraycopy(f.counts(), i + 1, counts, i, bits.length - i - 1);
        }
        return new MoleculeFeatures(off, counts, f.descriptors());
    }

    @Override
    public String describe() {
        return spec.label() + " occlusion of " + scoreName;
    }
}
