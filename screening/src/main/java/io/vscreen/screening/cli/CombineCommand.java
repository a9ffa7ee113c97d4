package io.vscreen.screening.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.vscreen.models.pkg.ModelPackage;
import io.vscreen.models.pkg.ModelRegistry;
import io.vscreen.models.train.ConsensusRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code vscreen models combine MLP GNN --data FILE --name NAME}: a consensus package of a
 * fingerprint-network package and a graph-network package trained on the same data and split,
 * scored on that split.
 */
@Command(name = "combine", mixinStandardHelpOptions = true,
        description = "Join a fingerprint-network (mlp) package and a graph-network (gnn) package trained on the same data "
                + "and split into one consensus package (mean and spread over all their members); its validation and test "
                + "figures are computed on that split.")
public final class CombineCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MLP", description = "Fingerprint-network package: name or path.")
    String fingerprints;

    @Parameters(index = "1", paramLabel = "GNN", description = "Graph-network package: name or path.")
    String graphs;

    @Option(names = "--data", required = true, description = "The labelled file both were trained on (checked by sha256).")
    Path data;

    @Option(names = "--description", defaultValue = "", description = "One-line description.")
    String description;

    @Mixin
    ImportedPackageOptions pkg;

    @Mixin
    ModelsOptions options;

    @Override
    public Integer call() throws Exception {
        ModelRegistry registry = options.registry();
        ModelPackage a = registry.load(fingerprints);
        ModelPackage b = registry.load(graphs);
        var stdout = spec.commandLine().getOut();
        ModelPackage done = new ConsensusRun(a, b, data, pkg.target(), pkg.name, pkg.version, description,
                Invocation.of(spec), line -> {
                    stdout.println(line);
                    stdout.flush();
                }).run();
        stdout.printf("wrote %s (%s %s): %d members%n", done.location(), pkg.name, pkg.version,
                done.manifest().ensembleSize());
        return 0;
    }
}
