package io.vscreen.models.gnn;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.vscreen.models.pkg.Manifest;
import io.vscreen.models.pkg.ModelPackage;

/**
 * Compares a graph-network package with a fingerprint (MLP) package trained on the same data and
 * split, on their validation figures only (the test figures are never looked at): the graph
 * network wins when its mean validation ROC-AUC over the classification tasks is higher and, if
 * there are regression tasks, its mean validation RMSE is lower too. The comparison is recorded in
 * the manifests under {@code provenance.trainer.architectureChoice}: which architecture won, over
 * which, the two figures with their difference, and which packages ship.
 *
 * <p>A graph network that wins ships as a variant beside the MLP (e.g. {@code tox21-gnn} beside
 * {@code tox21}), and both manifests carry the note; the MLP keeps the bundled name, which screens
 * use by default, because it scores several times faster. A graph network that loses is not
 * shipped, and the MLP's manifest says by how much it lost.
 *
 * <p>{@code main(graphDir, mlpDir)} prints the comparison, writes the notes, and exits 0 when the
 * graph network wins or 3 when it loses (used by {@code models/zoo/train-zoo.sh}).
 */
public final class ArchitectureChoice {

    /** The key of the note in the manifest's trainer settings. */
    public static final String NOTE_KEY = "architectureChoice";

    /**
     * Mean validation figures of the two packages for one kind of task.
     *
     * @param metric {@code roc_auc} (higher is better) or {@code rmse} (lower is better)
     */
    public record Figure(String metric, double graph, double mlp) {

        /** Whether the graph network does better on this figure. */
        public boolean graphBetter() {
            return metric.equals("rmse") ? graph < mlp : graph > mlp;
        }

        /** Graph minus MLP. */
        public double difference() {
            return graph - mlp;
        }
    }

    /** The figures compared and the winner. */
    public record Outcome(List<Figure> figures, boolean graphWins) {

        /**
         * The note stored in the shipped packages' manifests.
         *
         * @param graphPackage the graph network's package name
         * @param mlpPackage   the MLP's package name
         */
        public Map<String, Object> note(String graphPackage, String mlpPackage) {
            Map<String, Object> n = new LinkedHashMap<>();
            n.put("chosen", graphWins ? GraphModel.ARCHITECTURE : "mlp");
            n.put("over", graphWins ? "mlp" : GraphModel.ARCHITECTURE);
            n.put("rule", "validation split only: higher mean ROC-AUC over classification tasks and, where there "
                    + "are regression tasks, lower mean RMSE");
            n.put("shipped", graphWins ? List.of(mlpPackage, graphPackage) : List.of(mlpPackage));
            if (graphWins) {
                n.put("screeningDefault", mlpPackage + " (the MLP scores several times faster; " + graphPackage
                        + " is the more accurate on validation)");
            }
            for (Figure f : figures) {
                Map<String, Object> v = new LinkedHashMap<>();
                v.put(GraphModel.ARCHITECTURE, f.graph());
                v.put("mlp", f.mlp());
                v.put("difference", f.difference());
                n.put("valid_mean_" + f.metric(), v);
            }
            return n;
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder();
            for (Figure f : figures) {
                sb.append(String.format(Locale.ROOT, "validation mean %s: %s %.4f, mlp %.4f (%+.4f)%n", f.metric(),
                        GraphModel.ARCHITECTURE, f.graph(), f.mlp(), f.difference()));
            }
            return sb.append(graphWins ? "graph network chosen" : "MLP kept").toString();
        }
    }

    private ArchitectureChoice() {
    }

    /**
     * Compares two manifests' validation figures; they must list the same tasks and be validated
     * alike (both on one validation set, or both out-of-fold over the same number of folds).
     */
    public static Outcome compare(Manifest graph, Manifest mlp) {
        if (graph.validation() != null && mlp.validation() != null
                && !java.util.Objects.equals(graph.validation().folds(), mlp.validation().folds())) {
            throw new IllegalArgumentException("the validation figures of " + graph.name() + " (" + design(graph)
                    + ") and " + mlp.name() + " (" + design(mlp) + ") are not comparable");
        }
        List<String> gTasks = graph.tasks().stream().map(t -> t.name()).sorted().toList();
        List<String> mTasks = mlp.tasks().stream().map(t -> t.name()).sorted().toList();
        if (!gTasks.equals(mTasks)) {
            throw new IllegalArgumentException("the packages predict different tasks: " + gTasks + " and " + mTasks);
        }
        List<Figure> figures = new ArrayList<>();
        for (String metric : List.of("roc_auc", "rmse")) {
            double g = mean(graph, metric);
            double m = mean(mlp, metric);
            if (!Double.isNaN(g) || !Double.isNaN(m)) {
                figures.add(new Figure(metric, g, m));
            }
        }
        if (figures.isEmpty()) {
            throw new IllegalArgumentException("no validation ROC-AUC or RMSE in the manifests");
        }
        return new Outcome(List.copyOf(figures), figures.stream().allMatch(Figure::graphBetter));
    }

    private static String design(Manifest m) {
        return m.validation().crossValidated() ? "out-of-fold over " + m.validation().folds() + " folds"
                : "one validation set of " + m.validation().validRows() + " compounds";
    }

    private static double mean(Manifest m, String metric) {
        if (m.validation() == null || m.validation().sets() == null) {
            throw new IllegalArgumentException(m.name() + ": the manifest has no validation figures");
        }
        double s = 0;
        int n = 0;
        for (Manifest.MetricSet set : m.validation().sets().getOrDefault("valid", List.of())) {
            Double v = set.values().get(metric);
            if (v != null && !v.isNaN()) {
                s += v;
                n++;
            }
        }
        return n == 0 ? Double.NaN : s / n;
    }

    /**
     * Rewrites the package at {@code dir} with {@code note} in its manifest; the weight files and
     * their hashes do not change.
     */
    public static void writeNote(Path dir, Map<String, Object> note) throws IOException {
        Manifest m = ModelPackage.readManifest(dir);
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String f : m.files().keySet()) {
            files.put(f, Files.readAllBytes(dir.resolve(f)));
        }
        Manifest.Provenance p = m.provenance();
        Map<String, Object> trainer = new LinkedHashMap<>(p.trainer());
        trainer.put(NOTE_KEY, note);
        Manifest.Provenance noted = new Manifest.Provenance(p.dataFile(), p.dataSha256(), p.dataRows(), p.dataUsed(),
                p.dataRejected(), trainer, p.seeds(), p.bestEpochs(), p.libraries(), p.created());
        ModelPackage.write(dir, new Manifest(m.format(), m.name(), m.version(), m.role(), m.description(), m.tasks(),
                m.featurizer(), m.heads(), m.ensembleSize(), m.applicabilityDomain(), m.validation(), noted, m.files()),
                files);
        ModelPackage.load(dir);
    }

    /** Arguments: graph package directory, MLP package directory. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: ArchitectureChoice GRAPH_PACKAGE MLP_PACKAGE");
            System.exit(2);
        }
        Path graph = Path.of(args[0]);
        Path mlp = Path.of(args[1]);
        Manifest g = ModelPackage.readManifest(graph);
        Manifest m = ModelPackage.readManifest(mlp);
        Outcome o = compare(g, m);
        System.out.println(o);
        Map<String, Object> note = o.note(g.name(), m.name());
        writeNote(mlp, note);
        if (o.graphWins()) {
            writeNote(graph, note);
        }
        System.exit(o.graphWins() ? 0 : 3);
    }
}
