package io.vscreen.models.gnn;

import java.util.ArrayList;
import java.util.List;

import org.openscience.cdk.interfaces.IAtomContainer;

import io.vscreen.chem.StructureException;
import io.vscreen.chem.graph.MolGraph;
import io.vscreen.chem.graph.MolGraphEncoder;

/**
 * Encodes molecules into graph tensors, one slot per molecule: a molecule that cannot be encoded
 * gets a null graph and a chemist-readable error, and never stops the rest of the list. Holds its
 * own encoder: one instance per thread.
 */
public final class MoleculeGraphs {

    /** Graphs and errors of one list of molecules, index-aligned with the input. */
    public record Encoded(List<MolGraph> graphs, List<String> errors) {

        /** Whether molecule {@code i} was encoded. */
        public boolean ok(int i) {
            return graphs.get(i) != null;
        }
    }

    private final MolGraphEncoder encoder = new MolGraphEncoder();

    /** Encodes every molecule; the molecules are only read. */
    public Encoded encode(List<IAtomContainer> molecules) {
        List<MolGraph> graphs = new ArrayList<>(molecules.size());
        List<String> errors = new ArrayList<>(molecules.size());
        for (IAtomContainer mol : molecules) {
            try {
                if (mol == null) {
                    throw new StructureException("no structure");
                }
                graphs.add(encoder.encode(mol));
                errors.add(null);
            } catch (StructureException | RuntimeException e) {
                graphs.add(null);
                errors.add("graph encoding failed: " + e.getMessage());
            }
        }
        return new Encoded(graphs, errors);
    }
}
