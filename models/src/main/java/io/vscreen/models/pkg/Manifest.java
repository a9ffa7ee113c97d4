package io.vscreen.models.pkg;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import io.vscreen.models.Role;
import io.vscreen.models.Task;
import io.vscreen.models.features.FeaturizerSpec;

/**
 * The {@code model.json} of a package: what the model predicts, what it consumes, how it was
 * built and how well it validated, and the sha256 of every file in the package.
 *
 * @param format manifest format version ({@link #FORMAT})
 * @param heads the networks: one per task type (a package may mix classification and regression)
 * @param applicabilityDomain package-relative path of the training fingerprints
 * @param files package-relative path to sha256 (hex) of every weight and data file
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"format", "name", "version", "role", "description", "tasks", "featurizer", "heads",
        "ensembleSize", "applicabilityDomain", "validation", "provenance", "files"})
public record Manifest(int format, String name, String version, Role role, String description, List<Task> tasks,
                       FeaturizerSpec featurizer, List<Head> heads, int ensembleSize, String applicabilityDomain,
                       Validation validation, Provenance provenance, Map<String, String> files) {

    /** The manifest format this build reads and writes. */
    public static final int FORMAT = 1;

    /**
     * One network of the package, for tasks of one type.
     *
     * @param architecture e.g. {@code mlp}
     * @param layers layer sizes from input to output, e.g. {@code [2048, 256, 12]}
     * @param hiddenActivation activation of hidden layers ({@code relu})
     * @param outputActivation {@code sigmoid} (classification) or {@code identity} (regression)
     * @param targetMean per task, added back to regression outputs (0 for classification)
     * @param targetStd per task, regression outputs are multiplied by it (1 for classification)
     * @param members package-relative weight files, one per ensemble member
     * @param weightFormat storage of the weights ({@code bfloat16-le})
     * @param threshold for a head of architecture {@code threshold} (no weights of its own): how
     *     its classification task is read off a regression task of the package; {@code null} otherwise
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Head(String name, io.vscreen.models.TaskType type, List<String> tasks, String architecture,
                       List<Integer> layers, String hiddenActivation, String outputActivation,
                       double[] targetMean, double[] targetStd, List<String> members, String weightFormat,
                       @JsonInclude(JsonInclude.Include.NON_NULL) Threshold threshold) {

        /** A head with weights of its own. */
        public Head(String name, io.vscreen.models.TaskType type, List<String> tasks, String architecture,
                    List<Integer> layers, String hiddenActivation, String outputActivation,
                    double[] targetMean, double[] targetStd, List<String> members, String weightFormat) {
            this(name, type, tasks, architecture, layers, hiddenActivation, outputActivation, targetMean, targetStd,
                    members, weightFormat, null);
        }
    }

    /**
     * A classification task scored from a regression task of the same package: the probability
     * that the true value lies on the active side of {@code value}, taking the predicted value as the
     * centre of a normal distribution whose standard deviation is {@code sigma}, the regression
     * task's RMSE on the validation compounds ({@link ThresholdHead}).
     *
     * @param task     the regression task, e.g. {@code pIC50}
     * @param relation {@code >=} (active at or above {@code value}) or {@code <=}
     * @param value    the threshold in the regression task's units, e.g. 7
     * @param sigma    the regression task's validation RMSE, in its units
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Threshold(String task, String relation, double value, double sigma) {
    }

    /**
     * Validation figures: the split, then per set ({@code valid}, {@code test}) and task the
     * metric values; {@code command} is the command line that trained the model.
     *
     * @param folds {@code null} when every member learned from one training set and stopped on one
     *     validation set; otherwise the number of cross-validation folds the training and validation
     *     sets were pooled into ({@link io.vscreen.models.data.CrossValidation}): {@code trainRows}
     *     and {@code validRows} then both count the pooled rows, and the {@code valid} figures are
     *     out-of-fold (each row scored by the members that did not learn from it)
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonPropertyOrder({"split", "seed", "folds", "trainRows", "validRows", "testRows", "sets", "command"})
    public record Validation(String split, long seed, int trainRows, int validRows, int testRows,
                             Map<String, List<MetricSet>> sets, String command,
                             @JsonInclude(JsonInclude.Include.NON_NULL) Integer folds) {

        /** Figures of one training and one validation set (no folds). */
        public Validation(String split, long seed, int trainRows, int validRows, int testRows,
                          Map<String, List<MetricSet>> sets, String command) {
            this(split, seed, trainRows, validRows, testRows, sets, command, null);
        }

        /** Whether the validation figures are out-of-fold figures of a cross-validated ensemble. */
        public boolean crossValidated() {
            return folds != null;
        }
    }

    /** Metrics of one task on one set. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record MetricSet(String task, int n, int positives, Map<String, Double> values) {
    }

    /**
     * Where the model came from (Tribuo-style provenance).
     *
     * @param dataFile the training file's name
     * @param dataSha256 sha256 of the training file
     * @param dataRows data rows in the file; {@code dataUsed} were used, {@code dataRejected} left out
     * @param trainer trainer settings (learning rate, batch size, epochs, dropout, ...)
     * @param seeds the seed of every ensemble member
     * @param bestEpochs the early-stopping epoch of every member, per head
     * @param libraries library versions (Java, CDK, DL4J/ND4J, vscreen)
     * @param created ISO-8601 creation time
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Provenance(String dataFile, String dataSha256, long dataRows, int dataUsed, int dataRejected,
                             Map<String, Object> trainer, List<Long> seeds, Map<String, List<Integer>> bestEpochs,
                             Map<String, String> libraries, String created) {
    }

    /** The headline figure for listings: the first test-set metric of the first task, e.g. {@code roc_auc=0.83}. */
    public String headline() {
        if (validation == null || validation.sets() == null) {
            return "";
        }
        List<MetricSet> test = validation.sets().getOrDefault("test", List.of());
        if (test.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        Map<String, double[]> sums = new java.util.LinkedHashMap<>();
        for (MetricSet m : test) {
            String key = m.values().containsKey("roc_auc") ? "roc_auc" : "rmse";
            Double v = m.values().get(key);
            if (v != null && !v.isNaN()) {
                double[] s = sums.computeIfAbsent(key, k -> new double[2]);
                s[0] += v;
                s[1]++;
            }
        }
        for (Map.Entry<String, double[]> e : sums.entrySet()) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(e.getValue()[1] > 1 ? "mean " : "").append(e.getKey()).append('=')
                    .append(String.format(java.util.Locale.ROOT, "%.3f", e.getValue()[0] / e.getValue()[1]));
        }
        return sb.append(" (").append(validation.split()).append(" test)").toString();
    }
}
