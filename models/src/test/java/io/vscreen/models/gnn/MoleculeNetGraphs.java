package io.vscreen.models.gnn;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.openscience.cdk.interfaces.IAtomContainer;

import io.vscreen.chem.MoleculeParser;
import io.vscreen.chem.StructureException;
import io.vscreen.chem.graph.MolGraph;
import io.vscreen.chem.graph.MolGraphEncoder;
import io.vscreen.chem.scaffold.Scaffolds;

/**
 * Reads a MoleculeNet CSV (quoted fields only before the columns used: BBBP names) into graphs with
 * labels and Bemis-Murcko scaffolds, and splits it by scaffold (largest scaffold groups to
 * training, as DeepChem's scaffold splitter does).
 */
final class MoleculeNetGraphs {

    final GraphDataset data;
    final List<String> scaffolds;

    private MoleculeNetGraphs(GraphDataset data, List<String> scaffolds) {
        this.data = data;
        this.scaffolds = scaffolds;
    }

    /** Reads every {@code stride}-th data row (1: all rows). */
    static MoleculeNetGraphs read(Path csv, String smilesColumn, List<String> tasks, int stride) throws IOException {
        List<String> lines = Files.readAllLines(csv);
        List<String> header = List.of(lines.get(0).strip().split(","));
        // columns counted from the end of the row, so a quoted name with commas before them does no harm
        int sc = header.size() - 1 - header.indexOf(smilesColumn);
        int[] tc = tasks.stream().mapToInt(t -> header.size() - 1 - header.indexOf(t)).toArray();
        MoleculeParser parser = new MoleculeParser();
        MolGraphEncoder encoder = new MolGraphEncoder();
        Scaffolds scaffolder = new Scaffolds();
        List<MolGraph> graphs = new ArrayList<>();
        List<float[]> labels = new ArrayList<>();
        List<String> scaffolds = new ArrayList<>();
        for (int r = 1; r < lines.size(); r += stride) {
            String[] f = lines.get(r).strip().split(",", -1);
            try {
                IAtomContainer mol = parser.parseSmiles(f[f.length - 1 - sc]);
                MolGraph g = encoder.encode(mol);
                String scaffold = scaffolder.murcko(mol);
                float[] y = new float[tc.length];
                for (int k = 0; k < tc.length; k++) {
                    String v = f[f.length - 1 - tc[k]];
                    y[k] = v.isBlank() ? Float.NaN : Float.parseFloat(v);
                }
                graphs.add(g);
                labels.add(y);
                scaffolds.add(scaffold.isEmpty() ? "acyclic:" + r : scaffold);
            } catch (StructureException e) {
                // rows RDKit also rejects; not part of the figures
            }
        }
        return new MoleculeNetGraphs(new GraphDataset(graphs, labels.toArray(new float[0][])), scaffolds);
    }

    /** {train rows, valid rows}: whole scaffold groups, largest first, to training until it holds {@code trainFraction}. */
    int[][] scaffoldSplit(double trainFraction) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < scaffolds.size(); i++) {
            groups.computeIfAbsent(scaffolds.get(i), k -> new ArrayList<>()).add(i);
        }
        List<List<Integer>> sorted = new ArrayList<>(groups.values());
        sorted.sort(Comparator.comparingInt((List<Integer> g) -> -g.size()).thenComparingInt(g -> g.get(0)));
        List<Integer> train = new ArrayList<>();
        List<Integer> valid = new ArrayList<>();
        int cap = (int) Math.round(trainFraction * scaffolds.size());
        for (List<Integer> g : sorted) {
            (train.size() + g.size() <= cap ? train : valid).addAll(g);
        }
        return new int[][] {train.stream().mapToInt(Integer::intValue).toArray(),
                valid.stream().mapToInt(Integer::intValue).toArray()};
    }
}
