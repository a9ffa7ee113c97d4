package io.vscreen.models.gnn;

import java.util.ArrayList;
import java.util.List;

import io.vscreen.chem.graph.MolGraph;

/**
 * Molecular graphs with their labels: {@code labels[i][task]} in the task's units, NaN where the
 * label is missing; optionally whole-molecule features ({@code features[i]}, e.g. scaled
 * descriptors) that the network joins to its readout.
 *
 * @param features per molecule, its feature row, all of one width; {@code null} for none
 */
public record GraphDataset(List<MolGraph> graphs, float[][] features, float[][] labels) {

    public GraphDataset {
        graphs = List.copyOf(graphs);
        if (graphs.size() != labels.length) {
            throw new IllegalArgumentException(graphs.size() + " graphs but " + labels.length + " label rows");
        }
        if (features != null && features.length != graphs.size()) {
            throw new IllegalArgumentException(graphs.size() + " graphs but " + features.length + " feature rows");
        }
    }

    /** Graphs and labels without molecule features. */
    public GraphDataset(List<MolGraph> graphs, float[][] labels) {
        this(graphs, null, labels);
    }

    /** Width of the molecule feature rows; 0 without them. */
    public int featureCount() {
        return features == null || features.length == 0 ? 0 : features[0].length;
    }

    /** Number of molecules. */
    public int size() {
        return graphs.size();
    }

    /** The molecules at {@code rows}, in that order. */
    public GraphDataset subset(int[] rows) {
        List<MolGraph> g = new ArrayList<>(rows.length);
        float[][] y = new float[rows.length][];
        float[][] f = features == null ? null : new float[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            g.add(graphs.get(rows[i]));
            y[i] = labels[rows[i]];
            if (f != null) {
                f[i] = features[rows[i]];
            }
        }
        return new GraphDataset(g, f, y);
    }
}
