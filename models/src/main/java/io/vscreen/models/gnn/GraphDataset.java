package io.vscreen.models.gnn;

import java.util.ArrayList;
import java.util.List;

import io.vscreen.chem.graph.MolGraph;

/**
 * Molecular graphs with their labels: {@code labels[i][task]} in the task's units, NaN where the
 * label is missing.
 */
public record GraphDataset(List<MolGraph> graphs, float[][] labels) {

    public GraphDataset {
        graphs = List.copyOf(graphs);
        if (graphs.size() != labels.length) {
            throw new IllegalArgumentException(graphs.size() + " graphs but " + labels.length + " label rows");
        }
    }

    /** Number of molecules. */
    public int size() {
        return graphs.size();
    }

    /** The molecules at {@code rows}, in that order. */
    public GraphDataset subset(int[] rows) {
        List<MolGraph> g = new ArrayList<>(rows.length);
        float[][] y = new float[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            g.add(graphs.get(rows[i]));
            y[i] = labels[rows[i]];
        }
        return new GraphDataset(g, y);
    }
}
