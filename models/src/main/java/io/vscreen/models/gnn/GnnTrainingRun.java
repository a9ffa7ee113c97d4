package io.vscreen.models.gnn;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import io.vscreen.chem.MoleculeParser;
import io.vscreen.chem.StructureException;
import io.vscreen.chem.graph.MolGraph;
import io.vscreen.chem.graph.MolGraphEncoder;
import io.vscreen.chem.standardize.Standardizer;
import io.vscreen.chem.standardize.StandardizerOptions;
import io.vscreen.models.ScoreBatch;
import io.vscreen.models.Task;
import io.vscreen.models.TaskType;
import io.vscreen.models.ad.ApplicabilityDomain;
import io.vscreen.models.data.LabelledMolecule;
import io.vscreen.models.data.LabelledTable;
import io.vscreen.models.data.Split;
import io.vscreen.models.features.FeaturizerSpec;
import io.vscreen.models.metrics.TaskMetrics;
import io.vscreen.models.pkg.Manifest;
import io.vscreen.models.pkg.ModelPackage;
import io.vscreen.models.train.Evaluation;
import io.vscreen.models.train.SplitPlan;
import io.vscreen.models.train.TrainRequest;
import io.vscreen.models.train.TrainingRun;
import io.vscreen.models.train.Versions;

/**
 * Trains a graph-network model package ({@code vscreen train --arch gnn}): the same labelled
 * table, split, applicability domain, validation figures and manifest as the MLP's training run,
 * with an ensemble of {@link Dmpnn}s (member {@code i} seeded {@code seed + i}) in place of the
 * fingerprint networks. Tasks are stored classification first, then regression, as the MLP does.
 */
public final class GnnTrainingRun {

    private final TrainRequest request;
    private final DmpnnConfig config;
    private final Consumer<String> log;

    /** The request's MLP settings are ignored; {@code config} describes the networks. */
    public GnnTrainingRun(TrainRequest request, DmpnnConfig config, Consumer<String> log) {
        this.request = request;
        this.config = config;
        this.log = log;
    }

    /** Runs the training and returns the written package, loaded and verified. */
    public ModelPackage run() throws IOException {
        TrainRequest r = request;
        if (r.folds() > 0) {
            throw new IllegalArgumentException("cross-validation folds train fingerprint networks (--arch mlp) only");
        }
        if (!r.derived().isEmpty()) {
            throw new IllegalArgumentException("derived tasks (" + r.derived() + ") are read off fingerprint networks "
                    + "(--arch mlp) only");
        }
        SplitPlan plan = r.splitPlan();
        LabelledTable table = plan.read();
        log.accept(String.format("read %s: %d rows, %d usable, %d left out", r.data().getFileName(), table.rows(),
                table.molecules().size(), table.rejected().size()));
        if (table.molecules().size() < 10) {
            throw new IllegalArgumentException("too few usable rows in " + r.data() + " to train (" + table.molecules().size() + ")");
        }
        List<MolGraph> graphs = graphs(table);
        Split split = plan.split(table);
        log.accept(split.summary());

        // classification tasks first, then regression, as the MLP packages store them
        List<Integer> order = new ArrayList<>();
        for (TaskType type : TaskType.values()) {
            for (int t = 0; t < r.tasks().size(); t++) {
                if (r.taskTypes().get(t) == type) {
                    order.add(t);
                }
            }
        }
        List<Task> tasks = order.stream().map(t -> new Task(r.tasks().get(t), r.taskTypes().get(t), r.units().get(t))).toList();
        boolean[] cls = new boolean[tasks.size()];
        for (int k = 0; k < cls.length; k++) {
            cls[k] = tasks.get(k).type() == TaskType.CLASSIFICATION;
        }
        float[][] labels = new float[graphs.size()][tasks.size()];
        for (int i = 0; i < graphs.size(); i++) {
            double[] all = table.molecules().get(i).labels();
            for (int k = 0; k < tasks.size(); k++) {
                labels[i][k] = (float) all[order.get(k)];
            }
        }
        FeaturizerSpec featurizer = r.featurizer();
        float[][] moleculeFeatures = null;
        if (featurizer.descriptors() != null) {
            featurizer = featurizer.withDescriptors(featurizer.descriptors().fit(table.descriptors(split.train())));
            log.accept("descriptors " + featurizer.descriptors().names() + " scaled with training medians "
                    + Arrays.toString(featurizer.descriptors().center()) + ", joined to the graph readout");
            moleculeFeatures = new float[graphs.size()][];
            for (int i = 0; i < graphs.size(); i++) {
                moleculeFeatures[i] = featurizer.descriptors().scaled(table.molecules().get(i).features().descriptors());
            }
        }
        GraphDataset data = new GraphDataset(graphs, moleculeFeatures, labels);
        GraphDataset train = data.subset(split.train());
        GraphDataset valid = data.subset(split.valid());

        DmpnnTrainer trainer = new DmpnnTrainer(config, cls);
        List<Dmpnn> members = new ArrayList<>();
        List<Long> seeds = new ArrayList<>();
        List<Integer> bestEpochs = new ArrayList<>();
        for (int e = 0; e < r.ensemble(); e++) {
            long seed = r.seed() + e;
            int member = e + 1;
            DmpnnTrainer.Trained t = trainer.train(train, valid, seed, ep -> log.accept(String.format(Locale.ROOT,
                    "gnn member %d/%d epoch %2d: validation %s score %.4f (%.1f s)", member, r.ensemble(), ep.epoch(),
                    format(ep.validPerTask()), ep.validScore(), ep.seconds())));
            log.accept(String.format("gnn member %d/%d: best epoch %d", member, r.ensemble(), t.bestEpoch()));
            members.add(t.network());
            seeds.add(seed);
            bestEpochs.add(t.bestEpoch());
        }
        GnnEnsemble ensemble = new GnnEnsemble(members);

        Map<String, byte[]> files = new LinkedHashMap<>();
        List<String> memberFiles = new ArrayList<>();
        for (int e = 0; e < members.size(); e++) {
            String file = "weights/" + GnnEnsemble.memberName(e) + members.get(e).spec().networkFile();
            files.put(file, members.get(e).networkBytes());
            files.put(GraphModel.specFile(file), members.get(e).specBytes());
            memberFiles.add(file);
        }
        List<Manifest.Head> heads = new ArrayList<>();
        Dmpnn.Spec spec0 = members.get(0).spec();
        for (TaskType type : TaskType.values()) {
            List<Integer> cols = new ArrayList<>();
            for (int k = 0; k < tasks.size(); k++) {
                if (tasks.get(k).type() == type) {
                    cols.add(k);
                }
            }
            if (cols.isEmpty()) {
                continue;
            }
            double[] mean = cols.stream().mapToDouble(k -> spec0.targetMean()[k]).toArray();
            double[] std = cols.stream().mapToDouble(k -> spec0.targetStd()[k]).toArray();
            heads.add(new Manifest.Head(type.label(), type, cols.stream().map(k -> tasks.get(k).name()).toList(),
                    GraphModel.ARCHITECTURE, layers(tasks.size(), data.featureCount()), "relu",
                    type == TaskType.CLASSIFICATION ? "sigmoid" : "identity", mean, std, memberFiles,
                    GraphModel.WEIGHT_FORMAT));
        }
        int width = r.featurizer().size();
        int[] domainRows = concat(split.train(), split.valid());
        ApplicabilityDomain domain = ApplicabilityDomain.of(table.bits(domainRows), width);
        files.put("domain/training-fingerprints.bin.gz", domain.toBytes());

        Map<String, List<Manifest.MetricSet>> sets = new LinkedHashMap<>();
        sets.put("valid", figures(r.name(), tasks, ensemble, domain, table, data, split.valid()));
        sets.put("test", figures(r.name(), tasks, ensemble, domain, table, data, split.test()));
        Map<String, List<Integer>> epochs = new LinkedHashMap<>();
        epochs.put(GraphModel.ARCHITECTURE, bestEpochs);
        Manifest.Provenance provenance = new Manifest.Provenance(r.data().getFileName().toString(), table.sha256(),
                table.rows(), table.molecules().size(), table.rejected().size(), trainerSettings(), seeds, epochs,
                Versions.libraries(), Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        Manifest manifest = new Manifest(Manifest.FORMAT, r.name(), r.version(), r.role(), r.description(), tasks,
                featurizer, heads, r.ensemble(), "domain/training-fingerprints.bin.gz",
                new Manifest.Validation(split.method(), split.seed(), split.train().length, split.valid().length,
                        split.test().length, sets, r.command()),
                provenance, Map.of());
        ModelPackage.write(r.out(), manifest, files);
        ModelPackage pkg = ModelPackage.load(r.out());
        for (Map.Entry<String, List<Manifest.MetricSet>> s : sets.entrySet()) {
            for (Manifest.MetricSet m : s.getValue()) {
                log.accept(String.format("%-5s %-16s n=%-5d %s", s.getKey(), m.task(), m.n(), m.values()));
            }
        }
        log.accept("headline: " + pkg.manifest().headline());
        return pkg;
    }

    /** Graphs of the table's molecules, parsed again from their SMILES and standardized as the table's were. */
    private static List<MolGraph> graphs(LabelledTable table) {
        MoleculeParser parser = new MoleculeParser();
        Standardizer standardizer = standardizer();
        MolGraphEncoder encoder = new MolGraphEncoder();
        List<MolGraph> out = new ArrayList<>(table.molecules().size());
        for (LabelledMolecule m : table.molecules()) {
            try {
                out.add(encoder.encode(standardizer.standardize(parser.parseSmiles(m.smiles())).molecule()));
            } catch (StructureException e) {
                throw new IllegalArgumentException("record " + m.record() + " (" + m.smiles() + ") parsed for fingerprints "
                        + "but not as a graph: " + e.getMessage(), e);
            }
        }
        return out;
    }

    /** Standardizes training molecules as screening does (the key is not needed). */
    private static Standardizer standardizer() {
        return new Standardizer(StandardizerOptions.DEFAULTS.withInchiKey(false));
    }

    /** Layer widths for the manifest: graph input, readout (plus molecule features), head layers, tasks. */
    private List<Integer> layers(int tasks, int moleculeFeatures) {
        List<Integer> l = new ArrayList<>();
        l.add(MolGraph.ATOM_DIM + MolGraph.BOND_DIM);
        l.add(config.hiddenSize() + moleculeFeatures);
        for (int i = 0; i < config.ffnLayers(); i++) {
            l.add(config.ffnHiddenSize());
        }
        l.add(tasks);
        return l;
    }

    private static List<Manifest.MetricSet> figures(String name, List<Task> tasks, GnnEnsemble ensemble,
            ApplicabilityDomain domain, LabelledTable table, GraphDataset data, int[] rows) {
        if (rows.length == 0) {
            return List.of();
        }
        GraphDataset part = data.subset(rows);
        int n = rows.length;
        float[][] mean = new float[n][];
        float[][] std = new float[n][];
        for (int from = 0; from < n; from += GraphModel.BATCH) {
            int to = Math.min(n, from + GraphModel.BATCH);
            GnnEnsemble.Prediction p = ensemble.predict(part.graphs().subList(from, to),
                    part.features() == null ? null : Arrays.copyOfRange(part.features(), from, to));
            System.arraycopy(p.mean(), 0, mean, from, to - from);
            System.arraycopy(p.std(), 0, std, from, to - from);
        }
        float[] ad = new float[n];
        List<int[]> bits = table.bits(rows);
        for (int i = 0; i < n; i++) {
            ad[i] = domain.maxSimilarity(bits.get(i));
        }
        ScoreBatch scores = new ScoreBatch(name, tasks, mean, std, ad, new String[n]);
        double[][] labels = new double[n][tasks.size()];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < tasks.size(); k++) {
                labels[i][k] = part.labels()[i][k];
            }
        }
        List<Manifest.MetricSet> out = new ArrayList<>();
        for (TaskMetrics m : Evaluation.of(scores, labels)) {
            out.add(new Manifest.MetricSet(m.task(), m.n(), m.positives(), m.values()));
        }
        return out;
    }

    private Map<String, Object> trainerSettings() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("trainer", "DmpnnTrainer (SameDiff directed message passing, Adam)");
        m.put("architecture", GraphModel.ARCHITECTURE);
        m.put("graphEncoder", "MolGraphEncoder (" + MolGraph.ATOM_DIM + " atom, " + MolGraph.BOND_DIM + " bond features)");
        m.put("networkFormat", Dmpnn.FORMAT);
        m.put("standardization", TrainingRun.STANDARDIZATION);
        m.put("hiddenSize", config.hiddenSize());
        m.put("depth", config.depth());
        m.put("readout", config.readout().name().toLowerCase(Locale.ROOT));
        if (request.featurizer().descriptors() != null) {
            m.put("moleculeFeatures", "the featurizer's scaled descriptors, joined to the readout before the head");
        }
        m.put("ffnLayers", config.ffnLayers());
        m.put("ffnHiddenSize", config.ffnHiddenSize());
        m.put("dropout", config.dropout());
        m.put("learningRate", config.learningRate());
        m.put("batchSize", config.batchSize());
        m.put("maxEpochs", config.maxEpochs());
        m.put("patience", config.patience());
        m.put("classWeighting", "sqrt(inactive/active), at least 1");
        m.put("earlyStopping", "best validation mean of ROC-AUC (classification) and -RMSE/sd (regression)");
        m.put("validFraction", request.validFraction());
        m.put("testFraction", request.testFraction());
        m.put("smilesColumn", request.smilesColumn());
        return m;
    }

    private static String format(double[] v) {
        StringBuilder sb = new StringBuilder();
        for (double d : v) {
            sb.append(sb.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.4f", d));
        }
        return sb.toString();
    }

    private static int[] concat(int[] a, int[] b) {
        int[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
