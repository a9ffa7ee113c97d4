package io.vscreen.screening.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.vscreen.models.Role;
import io.vscreen.models.features.FeaturizerSpec;
import io.vscreen.models.similarity.SimilarityPackageWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code vscreen models import-actives ACTIVES.smi}: a similarity-to-known-actives model package
 * (score = Tanimoto similarity to the nearest active, or the mean over the k nearest).
 */
@Command(name = "import-actives", mixinStandardHelpOptions = true,
        description = "Make a similarity-to-known-actives model package from a SMILES file of actives.")
public final class ImportActivesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ACTIVES.smi", description = "Known actives, SMILES [name] per line.")
    Path actives;

    @Option(names = "--task", description = "Task (column) name (default: similarity).", defaultValue = "similarity")
    String task;

    @Option(names = "--role", defaultValue = "efficacy", description = "efficacy, toxicity or property (default: ${DEFAULT-VALUE}).")
    String role;

    @Option(names = "--fingerprint", defaultValue = "ecfp4:2048", description = "Fingerprint KIND:BITS (default: ${DEFAULT-VALUE}).")
    String fingerprint;

    @Option(names = "--top-k", defaultValue = "1", description = "Average over the k nearest actives (default: ${DEFAULT-VALUE}).")
    int topK;

    @Option(names = "--description", description = "One-line description.")
    String description;

    @Mixin
    ImportedPackageOptions pkg;

    @Override
    public Integer call() throws Exception {
        Path target = pkg.target();
        String command = Invocation.of(spec);
        SimilarityPackageWriter.Result r = SimilarityPackageWriter.write(actives, target, new SimilarityPackageWriter.Request(
                pkg.name, pkg.version, Role.parse(role), task, FeaturizerSpec.parse(fingerprint), topK, description, command));
        var stdout = spec.commandLine().getOut();
        r.rejected().forEach(line -> stdout.println("left out: " + line));
        stdout.printf("wrote %s (%s %s): similarity to %d actives (top-%d, %s)%n", target, pkg.name, pkg.version,
                r.actives(), topK, fingerprint);
        return 0;
    }
}
