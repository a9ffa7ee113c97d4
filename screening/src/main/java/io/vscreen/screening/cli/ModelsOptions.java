package io.vscreen.screening.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.vscreen.models.pkg.ModelRegistry;
import picocli.CommandLine.Option;

/** The {@code --models-dir} option shared by the model commands, and the registry it builds. */
final class ModelsOptions {
    @Option(names = "--models-dir", description = "Extra directory of model packages, searched after the bundled zoo "
            + "and ~/.vscreen/models (repeatable).")
    List<Path> modelsDirs = new ArrayList<>();

    ModelRegistry registry() {
        return ModelRegistry.standard(modelsDirs);
    }
}
