package io.vscreen.reports.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.openscience.cdk.interfaces.IAtomContainer;

import io.vscreen.chem.StructureException;
import io.vscreen.models.pkg.ModelPackage;
import io.vscreen.reports.Candidate;

/**
 * Atom-level explanation of one task of a consensus package ({@link ModelPackage#parts()}): each
 * part is explained as its own kind is ({@link ModelBitOcclusion} for the fingerprint networks,
 * {@link GraphAtomOcclusion} for the graph networks), and an atom's weight is the parts' weights
 * averaged with the parts' shares of the members, as the consensus averages their scores. So the
 * weight is the drop of the consensus score when the atom is occluded, in each part the way that
 * part can see it. No explanation when a part has none. Not thread-safe (one instance per report).
 */
public final class ConsensusOcclusion implements AtomAttribution {

    private final List<AtomAttribution> parts = new ArrayList<>();
    private final double[] shares;
    private final String scoreName;

    /**
     * @throws IllegalArgumentException when the model is no consensus, or a part cannot be explained
     */
    public ConsensusOcclusion(ModelPackage model, String task) {
        if (model.parts().isEmpty()) {
            throw new IllegalArgumentException("model " + model.name() + " is no consensus");
        }
        shares = new double[model.parts().size()];
        double total = 0;
        for (ModelPackage p : model.parts()) {
            total += p.manifest().ensembleSize();
        }
        for (int k = 0; k < shares.length; k++) {
            ModelPackage p = model.parts().get(k);
            shares[k] = p.manifest().ensembleSize() / total;
            parts.add(p.isGraphModel() ? new GraphAtomOcclusion(p, task) : new ModelBitOcclusion(p, task));
        }
        scoreName = model.name() + "." + task;
    }

    /** The explanation of a consensus's task; empty for other models. */
    public static Optional<AtomAttribution> of(ModelPackage model, String task) {
        return model.parts().isEmpty() ? Optional.empty() : Optional.of(new ConsensusOcclusion(model, task));
    }

    @Override
    public double[] atomWeights(Candidate candidate, IAtomContainer molecule) throws StructureException {
        double[] sum = null;
        for (int k = 0; k < parts.size(); k++) {
            double[] w = parts.get(k).atomWeights(candidate, molecule);
            if (w == null) {
                return null;
            }
            if (sum == null) {
                sum = new double[w.length];
            }
            for (int a = 0; a < w.length; a++) {
                sum[a] += shares[k] * w[a];
            }
        }
        return sum;
    }

    @Override
    public String describe() {
        List<String> how = new ArrayList<>();
        for (int k = 0; k < parts.size(); k++) {
            how.add(String.format(java.util.Locale.ROOT, "%.0f%% ", 100 * shares[k]) + parts.get(k).describe());
        }
        return "consensus " + scoreName + ": " + String.join(" + ", how);
    }
}
