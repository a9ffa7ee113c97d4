package io.vscreen.screening.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.vscreen.models.data.LabelledTable;
import io.vscreen.models.data.Split;
import io.vscreen.models.data.SplitFile;
import io.vscreen.models.train.SplitPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Mixin
    TrainingDataOptions options;

    @Option(names = "--out", required = true, description = "Output CSV file.")
    Path out;

    @Override
    public Integer call() throws Exception {
        SplitPlan plan = options.plan();
        PrintWriter stdout = spec.commandLine().getOut();
        LabelledTable table = plan.read();
        stdout.printf("read %s: %d rows, %d usable, %d left out%n", options.data.getFileName(), table.rows(),
                table.molecules().size(), table.rejected().size());
        Split s = plan.split(table);
        stdout.println(s.summary());
        SplitFile.write(table, s, out);
        stdout.println("wrote " + out);
        stdout.flush();
        return 0;
    }
}
