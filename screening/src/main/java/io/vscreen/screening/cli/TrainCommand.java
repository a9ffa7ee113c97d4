package io.vscreen.screening.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import io.vscreen.models.Role;
import io.vscreen.models.TaskType;
import io.vscreen.models.nn.MlpConfig;
import io.vscreen.models.pkg.ModelPackage;
import io.vscreen.models.train.TrainRequest;
import io.vscreen.models.train.TrainingRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code vscreen train}: trains a model package (multitask MLP ensemble) from a labelled CSV. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train a model package from a labelled CSV (SMILES column + task columns; blank = not tested).")
public final class TrainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    TrainingDataOptions options;

    @Option(names = "--task-type", required = true, split = ",",
            description = "classification or regression: one for all tasks, or one per task.")
    List<String> taskTypes;

    @Option(names = "--units", split = ",", description = "Units per regression task (e.g. pIC50), comma separated.")
    List<String> units;

    @Option(names = "--role", required = true, description = "efficacy, toxicity or property.")
    String role;

    @Option(names = "--arch", defaultValue = "mlp",
            description = "mlp (fingerprint network) or gnn (directed message-passing network on the molecular graph; "
                    + "--hidden gives its width, --hidden-dropout its head dropout) (default: ${DEFAULT-VALUE}).")
    String arch;

    @Option(names = "--depth", defaultValue = "3", description = "gnn: message-passing steps (default: ${DEFAULT-VALUE}).")
    int depth;

    @Option(names = "--readout", defaultValue = "mean", description = "gnn: mean or sum of atom states (default: ${DEFAULT-VALUE}).")
    String readout;

    @Option(names = "--hidden", defaultValue = "256", split = ",", description = "Hidden layer sizes (default: ${DEFAULT-VALUE}).")
    List<Integer> hidden;

    @Option(names = "--ensemble", defaultValue = "5", description = "Ensemble size (default: ${DEFAULT-VALUE}).")
    int ensemble;

    @Option(names = "--folds", defaultValue = "0",
            description = "mlp: pool the training and validation sets into this many folds (by scaffold group with "
                    + "--split scaffold); member i learns from the other folds and stops early on fold i mod folds, and "
                    + "the validation figures are out-of-fold; needs --ensemble >= folds. 0: one split (default: ${DEFAULT-VALUE}).")
    int folds;

    @Option(names = "--derive", split = ",", paramLabel = "TASK=REGRESSION_TASK>=VALUE",
            description = "mlp: do not learn the classification TASK, read it off a regression task of the data: its score is "
                    + "the probability that the value is >= (or <=) VALUE, normal around the prediction with the validation "
                    + "RMSE, e.g. Class=pIC50>=7. Its labels still give its figures.")
    List<String> derive;

        @Option(names = "--epochs", defaultValue = "40", description = "Maximum epochs (default: ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--patience", defaultValue = "6", description = "Early-stopping patience in epochs (default: ${DEFAULT-VALUE}).")
    int patience;

    @Option(names = "--input-dropout", defaultValue = "0.2", description = "Dropout on the fingerprint bits (default: ${DEFAULT-VALUE}).")
    double inputDropout;

    @Option(names = "--hidden-dropout", defaultValue = "0.5", description = "Dropout after hidden layers (default: ${DEFAULT-VALUE}).")
    double hiddenDropout;

    @Option(names = "--l2", defaultValue = "1e-5", description = "L2 weight decay (default: ${DEFAULT-VALUE}).")
    double l2;

    @Option(names = "--learning-rate", defaultValue = "1e-3", description = "Adam learning rate (default: ${DEFAULT-VALUE}).")
    double learningRate;

    @Option(names = "--batch-size", defaultValue = "128", description = "Minibatch size (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--class-weight-cap", defaultValue = "50",
            description = "Cap on the active-class weight (inactive/active ratio); 1 turns weighting off (default: ${DEFAULT-VALUE}).")
    double classWeightCap;

    @Option(names = "--threads", defaultValue = "1",
            description = "Math threads for training; results are reproducible for a given seed and thread count (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--name", description = "Model name (default: the output directory's name).")
    String name;

    @Option(names = "--model-version", defaultValue = "1.0.0", description = "Model version (default: ${DEFAULT-VALUE}).")
    String version;

    @Option(names = "--description", defaultValue = "", description = "One-line description.")
    String description;

    @Option(names = "--out", required = true, description = "Output package directory.")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (!"mlp".equals(arch) && !"gnn".equals(arch)) {
            throw new IllegalArgumentException("architecture '" + arch + "' is not available (mlp or gnn)");
        }
        List<TaskType> types = new ArrayList<>();
        for (int i = 0; i < options.tasks.size(); i++) {
            if (taskTypes.size() != 1 && taskTypes.size() != options.tasks.size()) {
                throw new IllegalArgumentException("give one --task-type for all tasks or one per task");
            }
            types.add(TaskType.parse(taskTypes.size() == 1 ? taskTypes.get(0) : taskTypes.get(i)));
        }
        List<String> u = new ArrayList<>();
        for (int i = 0; i < options.tasks.size(); i++) {
            u.add(units != null && units.size() == options.tasks.size() ? units.get(i)
                    : (units != null && units.size() == 1 && types.get(i) == TaskType.REGRESSION ? units.get(0) : ""));
        }
        MlpConfig mlp = MlpConfig.defaults().withHidden(hidden).withEpochs(epochs, patience)
                .withRegularization(inputDropout, hiddenDropout, l2).withOptimizer(learningRate, batchSize)
                .withClassWeighting(classWeightCap > 1, classWeightCap);
        org.nd4j.linalg.factory.Nd4j.getEnvironment().setMaxThreads(threads);
        String modelName = name != null ? name : out.toAbsolutePath().normalize().getFileName().toString();
        String command = Invocation.of(spec);
        TrainRequest request = new TrainRequest(options.data, options.smilesColumn, options.tasks, types, u, Role.parse(role),
                modelName, version, description, options.featurizerSpec(), options.split, options.seed, ensemble, folds, mlp,
                options.validFraction, options.testFraction, out, command,
                derive == null ? List.of() : derive.stream().map(io.vscreen.models.train.DerivedTask::parse).toList());
        var stdout = spec.commandLine().getOut();
        java.util.function.Consumer<String> log = line -> {
            stdout.println(line);
            stdout.flush();
        };
        ModelPackage pkg = "gnn".equals(arch)
                ? new io.vscreen.models.gnn.GnnTrainingRun(request, new io.vscreen.models.gnn.DmpnnConfig(hidden.get(0), depth,
                        io.vscreen.models.gnn.Readout.parse(readout), 1, hidden.get(0), hiddenDropout, learningRate,
                        batchSize, epochs, patience), log).run()
                : new TrainingRun(request, log).run();
        stdout.println("wrote " + pkg.location() + " (" + pkg.manifest().name() + " " + pkg.manifest().version() + ")");
        return 0;
    }
}
