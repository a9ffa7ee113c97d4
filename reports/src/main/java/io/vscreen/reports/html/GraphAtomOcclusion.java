package io.vscreen.reports.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.openscience.cdk.interfaces.IAtomContainer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.vscreen.chem.StructureException;
import io.vscreen.chem.graph.HeavyAtomGraph;
import io.vscreen.chem.graph.MolGraph;
import io.vscreen.chem.graph.MolGraphEncoder;
import io.vscreen.models.ScoreBatch;
import io.vscreen.models.features.FeaturizationException;
import io.vscreen.models.features.Featurizer;
import io.vscreen.models.features.MoleculeFeatures;
import io.vscreen.models.pkg.ModelPackage;
import io.vscreen.reports.Candidate;

/**
 * Atom-level explanation of one task of a graph-network package, by occlusion of atoms: the
 * molecule's graph is scored whole and once without each heavy atom and its bonds
 * ({@link MolGraph#withoutAtom}), in one batched call; the drop in the task's ensemble mean is the
 * atom's weight. Whole-molecule descriptors, when the networks take them, stay as computed for the
 * whole molecule (as {@link ModelBitOcclusion} leaves them). Positive weights mark atoms that raise
 * the score; hydrogens get 0. Costs one graph-network call on atoms + 1 graphs per compound, so it
 * is meant for the top N. Not thread-safe (one instance per report).
 */
public final class GraphAtomOcclusion implements AtomAttribution {

    private static final Logger LOG = LoggerFactory.getLogger(GraphAtomOcclusion.class);

    private final ModelPackage model;
    private final int task;
    private final String scoreName;
    private final MolGraphEncoder encoder = new MolGraphEncoder();
    /** The model's featurizer, made on first use and kept. */
    private Featurizer featurizer;

    /**
     * @param model a graph-network package
     * @param task  the task's name (e.g. {@code HIV_active})
     * @throws IllegalArgumentException when the model is no graph network or has no such task
     */
    public GraphAtomOcclusion(ModelPackage model, String task) {
        if (!model.isGraphModel() || !model.parts().isEmpty()) {
            throw new IllegalArgumentException("model " + model.name() + " is no graph network: explain it by its"
                    + (model.parts().isEmpty() ? " fingerprint (ModelBitOcclusion)" : " parts (ConsensusOcclusion)"));
        }
        this.model = model;
        this.task = model.tasks().stream().map(t -> t.name()).toList().indexOf(task);
        if (this.task < 0) {
            throw new IllegalArgumentException("model " + model.name() + " has no task '" + task + "'");
        }
        this.scoreName = model.name() + "." + task;
    }

    /** The explanation of a graph model's task; empty for other models (and for a consensus). */
    public static Optional<AtomAttribution> of(ModelPackage model, String task) {
        return model.isGraphModel() && model.parts().isEmpty() ? Optional.of(new GraphAtomOcclusion(model, task))
                : Optional.empty();
    }

    @Override
    public double[] atomWeights(Candidate candidate, IAtomContainer molecule) {
        HeavyAtomGraph heavy;
        MolGraph whole;
        MoleculeFeatures features;
        try {
            if (featurizer == null) {
                featurizer = model.newFeaturizer();
            }
            features = featurizer.features(molecule);
            heavy = HeavyAtomGraph.of(molecule);
            whole = encoder.encode(heavy);
        } catch (FeaturizationException | StructureException e) {
            LOG.warn("record {} ({}): no explanation of {}: {}", candidate.record(), candidate.id(), scoreName,
                    e.getMessage());
            return null;
        }
        List<MolGraph> variants = new ArrayList<>(whole.atomCount() + 1);
        variants.add(whole);
        for (int a = 0; a < whole.atomCount(); a++) {
            variants.add(whole.withoutAtom(a));
        }
        ScoreBatch scores = model.scoreGraphs(variants, Collections.nCopies(variants.size(), features));
        double base = scores.mean()[0][task];
        double[] weights = new double[molecule.getAtomCount()];
        for (int i = 0; i < weights.length; i++) {
            int g = heavy.graphIndexOf(i);
            if (g >= 0) {
                double drop = base - scores.mean()[g + 1][task];
                weights[i] = Double.isNaN(drop) ? 0 : drop;
            }
        }
        return weights;
    }

    @Override
    public String describe() {
        return "atom occlusion of " + scoreName + " (graph network)";
    }
}
