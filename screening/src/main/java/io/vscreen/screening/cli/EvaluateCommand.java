package io.vscreen.screening.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

import io.vscreen.models.ScoreBatch;
import io.vscreen.models.Task;
import io.vscreen.models.data.LabelledTable;
import io.vscreen.models.metrics.TaskMetrics;
import io.vscreen.models.pkg.Json;
import io.vscreen.models.pkg.Manifest;
import io.vscreen.models.pkg.ModelPackage;
import io.vscreen.models.train.Evaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code vscreen evaluate}: a model's metrics on a labelled CSV, per task (ROC-AUC, PR-AUC, EF1%,
 * EF5%, BEDROC(20), Brier for classification; RMSE, MAE, R² for regression), printed and
 * written as JSON.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Evaluate a model on a labelled CSV: metrics per task, as a table and as JSON.")
public final class EvaluateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ModelsOptions options;

    @Option(names = "--model", required = true, description = "Model name, or path to a package directory or zip.")
    String model;

    @Option(names = "--data", required = true, description = "Labelled CSV with the model's task columns.")
    Path data;

    @Option(names = "--smiles-column", defaultValue = "smiles", description = "SMILES column (default: ${DEFAULT-VALUE}).")
    String smilesColumn;

    @Option(names = "--json", description = "JSON output file (default: <model>-evaluation.json).")
    Path json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        ModelPackage pkg = options.registry().load(model);
        List<String> header;
        try (CSVParser p = CSVParser.parse(data, java.nio.charset.StandardCharsets.UTF_8,
                CSVFormat.DEFAULT.builder().setDelimiter(data.toString().endsWith(".tsv") ? '\t' : ',').setHeader()
                        .setSkipHeaderRecord(true).setTrim(true).get())) {
            header = p.getHeaderNames();
        }
        List<Task> present = new ArrayList<>();
        for (Task t : pkg.tasks()) {
            if (header.contains(t.name())) {
                present.add(t);
            }
        }
        if (present.isEmpty()) {
            throw new IllegalArgumentException(data + " has none of the model's task columns "
                    + pkg.tasks().stream().map(Task::name).toList() + " (columns: " + header + ")");
        }
        // standardized as screening and training standardize (graph networks take the molecules as parsed)
        LabelledTable table = LabelledTable.read(data, smilesColumn, present.stream().map(Task::name).toList(),
                pkg.newFeaturizer(), m -> "", pkg.isGraphModel() ? null
                        : new io.vscreen.chem.standardize.Standardizer(
                                io.vscreen.chem.standardize.StandardizerOptions.DEFAULTS.withInchiKey(false)));
        List<io.vscreen.models.features.MoleculeFeatures> features =
                table.molecules().stream().map(m -> m.features()).toList();
        ScoreBatch scores = pkg.isGraphModel() ? pkg.score(parsed(table)) : pkg.scoreInputs(features, null);
        double[][] labels = new double[features.size()][pkg.tasks().size()];
        for (int i = 0; i < features.size(); i++) {
            double[] row = table.molecules().get(i).labels();
            for (int t = 0; t < pkg.tasks().size(); t++) {
                int k = present.indexOf(pkg.tasks().get(t));
                labels[i][t] = k < 0 ? Double.NaN : row[k];
            }
        }
        List<Manifest.MetricSet> sets = new ArrayList<>();
        for (TaskMetrics m : Evaluation.of(scores, labels)) {
            if (present.stream().anyMatch(t -> t.name().equals(m.task()))) {
                sets.add(new Manifest.MetricSet(m.task(), m.n(), m.positives(), m.values()));
            }
        }
        out.printf("%s %s on %s: %d rows, %d scored, %d left out%n", pkg.name(), pkg.manifest().version(),
                data.getFileName(), table.rows(), table.molecules().size(), table.rejected().size());
        ModelsCommand.printMetrics(out, sets);
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("model", pkg.name());
        report.put("modelVersion", pkg.manifest().version());
        report.put("data", data.toString());
        report.put("dataSha256", table.sha256());
        report.put("rows", table.rows());
        report.put("scored", table.molecules().size());
        report.put("leftOut", table.rejected().stream().map(Object::toString).toList());
        report.put("tasks", sets);
        Path target = json != null ? json : Path.of(pkg.name() + "-evaluation.json");
        Files.write(target, Json.mapper().writeValueAsBytes(report));
        out.println("wrote " + target);
        return 0;
    }

    /** The table's molecules parsed again (graph models score molecules, not fingerprints). */
    private static List<org.openscience.cdk.interfaces.IAtomContainer> parsed(LabelledTable table) {
        io.vscreen.chem.MoleculeParser parser = new io.vscreen.chem.MoleculeParser();
        List<org.openscience.cdk.interfaces.IAtomContainer> out = new ArrayList<>();
        for (var m : table.molecules()) {
            try {
                out.add(parser.parseSmiles(m.smiles()));
            } catch (io.vscreen.chem.StructureException e) {
                out.add(null);
            }
        }
        return out;
    }
}
