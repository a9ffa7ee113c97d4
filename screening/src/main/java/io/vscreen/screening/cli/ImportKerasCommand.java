package io.vscreen.screening.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import io.vscreen.models.Role;
import io.vscreen.models.Task;
import io.vscreen.models.TaskType;
import io.vscreen.models.features.FeaturizerSpec;
import io.vscreen.models.keras.KerasImportRequest;
import io.vscreen.models.keras.KerasImporter;
import io.vscreen.models.pkg.Manifest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code vscreen models import-keras MODEL.h5}: turns a Keras Sequential model saved as HDF5 into
 * a model package that {@code predict}, {@code evaluate} and {@code screen} use like a trained one.
 */
@Command(name = "import-keras", mixinStandardHelpOptions = true,
        description = "Import a Keras Sequential model (HDF5, model.save) as a model package.")
public final class ImportKerasCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL.h5", description = "Keras model saved with model.save('MODEL.h5').")
    Path model;

    @Option(names = "--featurizer", required = true,
            description = "Fingerprint the network was trained on, KIND:BITS (e.g. ecfp4:2048); BITS must equal its input width.")
    String featurizer;

    @Option(names = "--tasks", required = true, split = ",", description = "Task names, one per network output, in order.")
    List<String> tasks;

    @Option(names = "--task-type", defaultValue = "classification",
            description = "classification (outputs are probabilities) or regression (default: ${DEFAULT-VALUE}).")
    String taskType;

    @Option(names = "--units", defaultValue = "", description = "Units of regression outputs (e.g. pIC50).")
    String units;

    @Option(names = "--role", required = true, description = "efficacy, toxicity or property.")
    String role;

    @Option(names = "--description", defaultValue = "", description = "One-line description.")
    String description;

    @Option(names = "--domain", description = "SMILES file of the training compounds (SMILES [name] per line), for the "
            + "applicability domain; without it every ad_similarity is 0.")
    Path domain;

    @Mixin
    ImportedPackageOptions pkg;

    @Override
    public Integer call() throws Exception {
        TaskType type = TaskType.parse(taskType);
        List<Task> taskList = new ArrayList<>();
        for (String t : tasks) {
            taskList.add(new Task(t.strip(), type, type == TaskType.REGRESSION ? units : null));
        }
        Path target = pkg.target();
        String command = Invocation.of(spec);
        KerasImportRequest request = new KerasImportRequest(model, pkg.name, pkg.version, Role.parse(role), description,
                taskList, FeaturizerSpec.parse(featurizer), domain, command);
        var stdout = spec.commandLine().getOut();
        Manifest m = new KerasImporter(stdout::println).importModel(request, target);
        Manifest.Head h = m.heads().get(0);
        stdout.printf("wrote %s (%s %s): Keras %s (%s) network %s, %s hidden, %s output, tasks %s%n", target, m.name(),
                m.version(), m.provenance().trainer().get("kerasVersion"), m.provenance().trainer().get("kerasBackend"),
                h.layers(), h.hiddenActivation(), h.outputActivation(), h.tasks());
        return 0;
    }
}
