package io.vscreen.models.train;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.vscreen.models.ScoreBatch;
import io.vscreen.models.Task;
import io.vscreen.models.TaskType;
import io.vscreen.models.ad.ApplicabilityDomain;
import io.vscreen.models.data.CrossValidation;
import io.vscreen.models.data.LabelledTable;
import io.vscreen.models.data.Split;
import io.vscreen.models.features.FeaturizerSpec;
import io.vscreen.models.features.ModelInput;
import io.vscreen.models.metrics.TaskMetrics;
import io.vscreen.models.nn.EpochReport;
import io.vscreen.models.nn.Mlp;
import io.vscreen.models.nn.MlpTrainer;
import io.vscreen.models.pkg.Manifest;
import io.vscreen.models.pkg.ModelPackage;

/**
 * Trains a model package from a labelled table: standardize each molecule as screening does,
 * featurize, split (scaffold or random), fit the descriptor scaling on the training split (when the
 * featurizer has descriptors), train
 * {@code ensemble} members per task type with seeds {@code seed, seed+1, ...}, score the
 * validation and test sets with the stored (bfloat16) weights, and write the package.
 *
 * <p>The training set's fingerprints (training and validation rows) become the applicability
 * domain. Progress (one line per epoch, the split, the figures) goes to the given consumer.
 */
public final class TrainingRun {
    /** How training molecules are prepared, as screening prepares the molecules it scores. */
    public static final String STANDARDIZATION =
            "Standardizer: largest organic fragment, neutralized charges, Daylight aromaticity (as vscreen screen)";

    private final TrainRequest request;
    private final Consumer<String> log;

    public TrainingRun(TrainRequest request, Consumer<String> log) {
        this.request = request;
        this.log = log;
    }

    /** Runs the training and returns the written package, loaded and verified. */
    public ModelPackage run() throws IOException {
        TrainRequest r = request;
        SplitPlan plan = r.splitPlan();
        LabelledTable table = plan.read();
        log.accept(String.format("read %s: %d rows, %d usable, %d left out", r.data().getFileName(), table.rows(),
                table.molecules().size(), table.rejected().size()));
        table.rejected().stream().limit(5).forEach(rej -> log.accept("  left out " + rej));
        if (table.molecules().size() < 10) {
            throw new IllegalArgumentException("too few usable rows in " + r.data() + " to train (" + table.molecules().size() + ")");
        }
        Split split = plan.split(table);
        CrossValidation cv = r.folds() > 0 ? plan.crossValidation(table, split, r.folds()) : null;
        log.accept(cv == null ? split.summary() : cv.summary());
        // the rows that fit the descriptor and target scalings: the training set, or every fold
        int[] fitRows = cv == null ? split.train() : cv.pooled();

        FeaturizerSpec spec = r.featurizer();
        if (spec.descriptors() != null) {
            spec = spec.withDescriptors(spec.descriptors().fit(table.descriptors(fitRows)));
            log.accept("descriptors " + spec.descriptors().names() + " scaled with training medians "
                    + java.util.Arrays.toString(spec.descriptors().center()));
        }
        List<ModelInput> inputs = new ArrayList<>(table.molecules().size());
        for (var m : table.molecules()) {
            inputs.add(spec.input(m.features()));
        }
        List<Task> tasks = new ArrayList<>();
        for (int t = 0; t < r.tasks().size(); t++) {
            tasks.add(new Task(r.tasks().get(t), r.taskTypes().get(t), r.units().get(t)));
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<Manifest.Head> heads = new ArrayList<>();
        List<Task> orderedTasks = new ArrayList<>();
        List<Long> seeds = new ArrayList<>();
        for (int e = 0; e < r.ensemble(); e++) {
            seeds.add(r.seed() + e);
        }
        Map<String, List<Integer>> bestEpochs = new LinkedHashMap<>();
        int width = spec.width();
        for (TaskType type : TaskType.values()) {
            List<Integer> cols = new ArrayList<>();
            for (int t = 0; t < tasks.size(); t++) {
                if (tasks.get(t).type() == type && r.derivation(tasks.get(t).name()) == null) {
                    cols.add(t);
                }
            }
            if (type == TaskType.REGRESSION) {
                // the derived classification tasks come after the learned ones
                for (DerivedTask d : r.derived()) {
                    heads.add(thresholdHead(d, 1.0)); // sigma is fitted on the validation compounds below
                    orderedTasks.add(tasks.get(r.tasks().indexOf(d.task())));
                }
            }
            if (cols.isEmpty()) {
                continue;
            }
            heads.add(trainHead(type, cols, tasks, new Sets(table, split, cv, fitRows, inputs, width), seeds, files,
                    bestEpochs));
            cols.forEach(c -> orderedTasks.add(tasks.get(c)));
        }

        int[] domainRows = concat(split.train(), split.valid());
        ApplicabilityDomain domain = ApplicabilityDomain.of(table.bits(domainRows), spec.size());
        files.put("domain/training-fingerprints.bin.gz", domain.toBytes());

        Manifest.Provenance provenance = new Manifest.Provenance(r.data().getFileName().toString(), table.sha256(),
                table.rows(), table.molecules().size(), table.rejected().size(), trainerSettings(), seeds, bestEpochs,
                Versions.libraries(), Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        Manifest draft = new Manifest(Manifest.FORMAT, r.name(), r.version(), r.role(), r.description(), orderedTasks,
                spec, heads, r.ensemble(), "domain/training-fingerprints.bin.gz", validation(split, cv, Map.of()),
                provenance, Map.of());
        // write once to score with exactly the stored weights, then again with the figures
        ModelPackage.write(r.out(), draft, files);
        ModelPackage unvalidated = ModelPackage.load(r.out());
        int[] validRows = cv == null ? split.valid() : cv.pooled();
        if (!r.derived().isEmpty()) {
            heads = fitThresholds(heads, validScores(unvalidated, table, split, cv), validRows, table, orderedTasks);
            draft = new Manifest(Manifest.FORMAT, r.name(), r.version(), r.role(), r.description(), orderedTasks, spec, heads,
                    r.ensemble(), "domain/training-fingerprints.bin.gz", validation(split, cv, Map.of()), provenance, Map.of());
            ModelPackage.write(r.out(), draft, files);
            unvalidated = ModelPackage.load(r.out());
        }
        Map<String, List<Manifest.MetricSet>> sets = new LinkedHashMap<>();
        sets.put("valid", figures(validScores(unvalidated, table, split, cv), table, validRows, orderedTasks));
        sets.put("test", figures(unvalidated.scoreInputs(table.features(split.test()), null), table, split.test(),
                orderedTasks));
        Manifest done = new Manifest(Manifest.FORMAT, r.name(), r.version(), r.role(), r.description(), orderedTasks,
                spec, heads, r.ensemble(), "domain/training-fingerprints.bin.gz", validation(split, cv, sets),
                provenance, Map.of());
        ModelPackage.write(r.out(), done, files);
        ModelPackage pkg = ModelPackage.load(r.out());
        for (Map.Entry<String, List<Manifest.MetricSet>> s : sets.entrySet()) {
            for (Manifest.MetricSet m : s.getValue()) {
                log.accept(String.format("%-5s %-16s n=%-5d %s", s.getKey(), m.task(), m.n(), formatValues(m.values())));
            }
        }
        log.accept("headline: " + pkg.manifest().headline());
        return pkg;
    }

    /** What every head of a run learns from. */
    private record Sets(LabelledTable table, Split split, CrossValidation cv, int[] fitRows, List<ModelInput> inputs,
                        int width) {
    }

    /**
     * Trains the ensemble of one head (the tasks {@code cols} of one type), writes its members into
     * {@code files} and their best epochs into {@code bestEpochs}, and returns the head.
     */
    private Manifest.Head trainHead(TaskType type, List<Integer> cols, List<Task> tasks, Sets sets, List<Long> seeds,
                                    Map<String, byte[]> files, Map<String, List<Integer>> bestEpochs) {
        TrainRequest r = request;
        LabelledTable table = sets.table();
        CrossValidation cv = sets.cv();
        String headName = type.label();
        double[] mean = new double[cols.size()];
        double[] std = new double[cols.size()];
        java.util.Arrays.fill(std, 1.0);
        if (type == TaskType.REGRESSION) {
            fitScaling(select(table.labels(sets.fitRows()), cols), mean, std);
        }
        MlpTrainer trainer = new MlpTrainer(r.mlp(), type);
        List<String> memberFiles = new ArrayList<>();
        List<Integer> epochs = new ArrayList<>();
        List<Integer> shape = null;
        for (int e = 0; e < r.ensemble(); e++) {
            long seed = seeds.get(e);
            int member = e + 1;
            Split s = cv == null ? sets.split() : cv.member(e);
            double[][] trainY = scaled(select(table.labels(s.train()), cols), mean, std);
            double[][] validY = scaled(select(table.labels(s.valid()), cols), mean, std);
            double[] priorShift = new double[cols.size()];
            if (type == TaskType.CLASSIFICATION) {
                double[] w = trainer.positiveWeights(trainY);
                for (int t = 0; t < w.length; t++) {
                    priorShift[t] = -Math.log(w[t]);
                }
                if (cv != null || e == 0) {
                    log.accept((cv == null ? "" : s.summary() + ": ") + "active weights " + java.util.Arrays.toString(w)
                            + " (output biases shifted back by -ln w)");
                }
            }
            MlpTrainer.Result res = trainer.trainInputs(rows(sets.inputs(), s.train()), trainY, rows(sets.inputs(), s.valid()),
                    validY, sets.width(), seed, member, rep -> log.accept(progress(headName, r.ensemble(), rep)));
            Mlp stored = res.mlp().withOutputBiasShift(priorShift).roundedToStoragePrecision();
            shape = stored.shape();
            String file = "weights/" + headName + "-" + e + ".bf16";
            files.put(file, stored.toBytes());
            memberFiles.add(file);
            epochs.add(res.bestEpoch());
        }
        bestEpochs.put(headName, epochs);
        return new Manifest.Head(headName, type, cols.stream().map(c -> tasks.get(c).name()).toList(), "mlp",
                shape, "relu", type == TaskType.CLASSIFICATION ? "sigmoid" : "identity", mean, std, memberFiles,
                "bfloat16-le");
    }

    /**
     * Scores of the validation compounds: the validation set's, or out-of-fold over the pooled rows
     * of a cross-validation.
     */
    private static ScoreBatch validScores(ModelPackage pkg, LabelledTable table, Split split, CrossValidation cv) {
        return cv == null ? pkg.scoreInputs(table.features(split.valid()), null) : OutOfFold.scores(pkg, cv, table);
    }

    private static Manifest.Head thresholdHead(DerivedTask d, double sigma) {
        return new Manifest.Head(d.task(), TaskType.CLASSIFICATION, List.of(d.task()), ModelPackage.THRESHOLD, null, null,
                "normal-cdf", null, null, List.of(), null,
                new Manifest.Threshold(d.source(), d.relation(), d.value(), sigma));
    }

    /**
     * The heads with each threshold's sigma set to its regression task's RMSE on the validation
     * compounds ({@code scores}, row {@code i} for table row {@code rows[i]}).
     */
    private List<Manifest.Head> fitThresholds(List<Manifest.Head> heads, ScoreBatch scores, int[] rows, LabelledTable table,
                                              List<Task> orderedTasks) {
        List<Manifest.Head> out = new ArrayList<>();
        for (Manifest.Head h : heads) {
            if (h.threshold() == null) {
                out.add(h);
                continue;
            }
            Manifest.Threshold t = h.threshold();
            int column = orderedTasks.stream().map(Task::name).toList().indexOf(t.task());
            int label = request.tasks().indexOf(t.task());
            double sum = 0;
            int n = 0;
            for (int i = 0; i < rows.length; i++) {
                double y = table.molecules().get(rows[i]).labels()[label];
                double p = scores.mean()[i][column];
                if (!Double.isNaN(y) && !Double.isNaN(p)) {
                    sum += (y - p) * (y - p);
                    n++;
                }
            }
            if (n < 2) {
                throw new IllegalArgumentException("too few validation values of " + t.task() + " (" + n + ") to read "
                        + h.tasks().get(0) + " off it");
            }
            double sigma = Math.sqrt(sum / n);
            log.accept(String.format(java.util.Locale.ROOT, "%s read off %s %s %s: probability of that side, sigma = "
                    + "validation RMSE %.4f (n=%d)", h.tasks().get(0), t.task(), t.relation(), t.value(), sigma, n));
            out.add(thresholdHead(new DerivedTask(h.tasks().get(0), t.task(), t.relation(), t.value()), sigma));
        }
        return out;
    }

    private Manifest.Validation validation(Split split, CrossValidation cv, Map<String, List<Manifest.MetricSet>> sets) {
        if (cv == null) {
            return new Manifest.Validation(split.method(), split.seed(), split.train().length, split.valid().length,
                    split.test().length, sets, request.command());
        }
        int pooled = cv.pooled().length;
        return new Manifest.Validation(split.method(), split.seed(), pooled, pooled, split.test().length, sets,
                request.command(), cv.k());
    }

    /** Metrics of {@code scores}, whose row {@code i} scores table row {@code rows[i]}. */
    private List<Manifest.MetricSet> figures(ScoreBatch scores, LabelledTable table, int[] rows, List<Task> orderedTasks) {
        double[][] labels = new double[rows.length][orderedTasks.size()];
        for (int i = 0; i < rows.length; i++) {
            double[] all = table.molecules().get(rows[i]).labels();
            for (int t = 0; t < orderedTasks.size(); t++) {
                labels[i][t] = all[request.tasks().indexOf(orderedTasks.get(t).name())];
            }
        }
        List<Manifest.MetricSet> out = new ArrayList<>();
        for (TaskMetrics m : Evaluation.of(scores, labels)) {
            out.add(new Manifest.MetricSet(m.task(), m.n(), m.positives(), m.values()));
        }
        return out;
    }

    static String formatValues(Map<String, Double> values) {
        StringBuilder sb = new StringBuilder();
        values.forEach((k, v) -> sb.append(k).append('=').append(String.format(java.util.Locale.ROOT, "%.3f", v)).append(' '));
        return sb.toString().strip();
    }

    private static String progress(String head, int ensemble, EpochReport rep) {
        return String.format(java.util.Locale.ROOT, "%s member %d/%d epoch %2d: loss %.4f, validation %s %.4f%s", head,
                rep.member(), ensemble, rep.epoch(), rep.loss(), rep.metricName(), rep.metric(), rep.best() ? " *" : "");
    }

    private Map<String, Object> trainerSettings() {
        Map<String, Object> m = new LinkedHashMap<>();
        var c = request.mlp();
        m.put("trainer", "MlpTrainer (DL4J MultiLayerNetwork, Adam)");
        m.put("hidden", c.hidden());
        m.put("inputDropout", c.inputDropout());
        m.put("hiddenDropout", c.hiddenDropout());
        m.put("learningRate", c.learningRate());
        m.put("l2", c.l2());
        m.put("batchSize", c.batchSize());
        m.put("maxEpochs", c.maxEpochs());
        m.put("patience", c.patience());
        m.put("classWeighting", c.classWeighting());
        m.put("maxClassWeight", c.maxClassWeight());
        m.put("priorCorrection", "classification output biases shifted by -ln(active weight) after training");
        m.put("earlyStopping", "best validation mean ROC-AUC (classification) / mean RMSE (regression)");
        m.put("validFraction", request.validFraction());
        m.put("testFraction", request.testFraction());
        if (request.folds() > 0) {
            m.put("folds", request.folds());
            m.put("crossValidation", "training and validation sets pooled into folds by " + request.split()
                    + "; member i learns from the other folds and stops early on fold (i mod folds); the scalings and "
                    + "the applicability domain are fitted on all pooled rows");
        }
        m.put("smilesColumn", request.smilesColumn());
        if (!request.derived().isEmpty()) {
            m.put("derived", request.derived().stream().map(d -> d + " (not learned: the probability that " + d.source()
                    + " is " + d.relation() + " " + d.value() + ", normal around the prediction with the validation RMSE)")
                    .toList());
        }
        m.put("standardization", STANDARDIZATION);
        return m;
    }

    private static List<ModelInput> rows(List<ModelInput> all, int[] rows) {
        List<ModelInput> out = new ArrayList<>(rows.length);
        for (int r : rows) {
            out.add(all.get(r));
        }
        return out;
    }

    private static double[][] select(double[][] y, List<Integer> cols) {
        double[][] out = new double[y.length][cols.size()];
        for (int i = 0; i < y.length; i++) {
            for (int c = 0; c < cols.size(); c++) {
                out[i][c] = y[i][cols.get(c)];
            }
        }
        return out;
    }

    /** Fits the mean and standard deviation of each regression target on the labelled rows of {@code y}. */
    private static void fitScaling(double[][] y, double[] mean, double[] std) {
        for (int t = 0; t < mean.length; t++) {
            double s = 0;
            double ss = 0;
            int n = 0;
            for (double[] row : y) {
                if (!Double.isNaN(row[t])) {
                    s += row[t];
                    ss += row[t] * row[t];
                    n++;
                }
            }
            mean[t] = n == 0 ? 0 : s / n;
            double var = n < 2 ? 1 : (ss - n * mean[t] * mean[t]) / (n - 1);
            std[t] = var > 1e-12 ? Math.sqrt(var) : 1;
        }
    }

    /** {@code y} standardized in place with {@code mean} and {@code std} (1 and 0 leave it as it is), returned. */
    private static double[][] scaled(double[][] y, double[] mean, double[] std) {
        for (double[] row : y) {
            for (int t = 0; t < mean.length; t++) {
                row[t] = (row[t] - mean[t]) / std[t];
            }
        }
        return y;
    }

    private static int[] concat(int[] a, int[] b) {
        int[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
