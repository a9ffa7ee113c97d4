package io.vscreen.screening.cli;

import java.nio.file.Path;

import io.vscreen.models.pkg.ModelRegistry;
import picocli.CommandLine.Option;

/** The name, version and output directory of a model package an import command makes. */
final class ImportedPackageOptions {

    @Option(names = "--name", required = true, description = "Model name (the output column prefix).")
    String name;

    @Option(names = "--model-version", defaultValue = "1.0.0", description = "Model version (default: ${DEFAULT-VALUE}).")
    String version;

    @Option(names = "--out", description = "Output package directory (default: ~/.vscreen/models/NAME).")
    Path out;

    /** The package directory: {@code --out}, else {@code NAME} among the user's models. */
    Path target() {
        return out != null ? out : ModelRegistry.userModels().resolve(name);
    }
}
