package io.vscreen.screening.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import io.vscreen.models.data.LabelledTable;
import io.vscreen.models.data.Split;
import io.vscreen.models.data.SplitFile;
import io.vscreen.models.features.FeaturizerSpec;
import io.vscreen.models.train.SplitPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code vscreen split}: writes the training, validation and test sets that {@code vscreen train}
 * uses for the same data, tasks, featurizer, split method, fractions and seed (one line per input
 * row, rejected rows with the reason), so other methods can be trained and scored on exactly the
 * same compounds.
 */
@Command(name = "split", mixinStandardHelpOptions = true,
        description = "Write the train/valid/test split that vscreen train uses for the same data and options, "
                + "one line per input row (row, smiles, standardized_smiles, set, task labels, reason).")
public final class SplitCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--data", required = true, description = "Labelled CSV (or .tsv) file.")
    Path data;

    @Option(names = "--smiles-column", defaultValue = "smiles", description = "SMILES column (default: ${DEFAULT-VALUE}).")
    String smilesColumn;

    @Option(names = "--tasks", required = true, split = ",", description = "Task columns, comma separated.")
    List<String> tasks;

    @Option(names = "--featurizer", defaultValue = "ecfp4:2048",
            description = "Featurizer as given to vscreen train; rows it cannot featurize are left out of training, "
                    + "so it decides which rows take part (default: ${DEFAULT-VALUE}).")
    String featurizer;

    @Option(names = "--descriptors", defaultValue = "none",
            description = "Descriptor set as given to vscreen train: standard or none (default: ${DEFAULT-VALUE}).")
    String descriptors;

    @Option(names = "--split", defaultValue = SplitPlan.DEFAULT_METHOD,
            description = "scaffold or random (default: ${DEFAULT-VALUE}).")
    String split;

    @Option(names = "--valid-fraction", defaultValue = SplitPlan.DEFAULT_VALID_FRACTION,
            description = "Validation fraction (default: ${DEFAULT-VALUE}).")
    double validFraction;

    @Option(names = "--test-fraction", defaultValue = SplitPlan.DEFAULT_TEST_FRACTION,
            description = "Test fraction (default: ${DEFAULT-VALUE}).")
    double testFraction;

    @Option(names = "--seed", defaultValue = SplitPlan.DEFAULT_SEED, description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", required = true, description = "Output CSV file.")
    Path out;

    @Override
    public Integer call() throws Exception {
        SplitPlan plan = new SplitPlan(data, smilesColumn, tasks, FeaturizerSpec.parse(featurizer, descriptors), split,
                validFraction, testFraction, seed);
        PrintWriter stdout = spec.commandLine().getOut();
        LabelledTable table = plan.read();
        stdout.printf("read %s: %d rows, %d usable, %d left out%n", data.getFileName(), table.rows(),
                table.molecules().size(), table.rejected().size());
        Split s = plan.split(table);
        stdout.println(s.summary());
        SplitFile.write(table, s, out);
        stdout.println("wrote " + out);
        stdout.flush();
        return 0;
    }
}
