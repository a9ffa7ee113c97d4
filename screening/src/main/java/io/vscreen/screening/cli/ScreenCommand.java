package io.vscreen.screening.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import io.vscreen.screening.batch.ScreenParameters;
import io.vscreen.screening.batch.ScreenSetup;
import io.vscreen.screening.jobs.ScreeningJobs;

/** {@code vscreen screen}: scores and ranks compound libraries as a restartable batch job. */
@Command(name = "screen", mixinStandardHelpOptions = true,
        description = {"Screen compound libraries: standardize, describe, score with the models and rank.",
                "Prints the job execution id first; if the process dies, continue with 'vscreen jobs restart ID'."})
public final class ScreenCommand implements Callable<Integer> {

    /** The values of {@code --rank}. */
    enum RankMode { composite, pareto }

    @Spec
    CommandSpec spec;

    @Option(names = "--library", required = true, paramLabel = "FILE",
            description = "Library file (SMILES, CSV/TSV or SDF); repeat for several.")
    List<Path> libraries = new ArrayList<>();

    @Option(names = "--format", description = "Library format, when the file name does not tell.")
    String format;

    @Option(names = "--smiles-column", paramLabel = "C", description = "SMILES column of delimited files.")
    String smilesColumn;

    @Option(names = "--id-column", paramLabel = "C", description = "Identifier column of delimited files.")
    String idColumn;

    @Option(names = "--models", split = ",", paramLabel = "NAME",
            description = "Models to score with (default: efficacy from bace, toxicity from tox21 and clintox).")
    List<String> models = new ArrayList<>();

    @Option(names = "--config", paramLabel = "FILE",
            description = "Screening configuration (JSON or YAML): models, desirability and weights, filters, diversity.")
    Path config;

    @Option(names = "--rank", paramLabel = "MODE",
            description = "Ranking: composite (weighted desirability score) or pareto (non-dominated fronts); "
                    + "default: the configuration's 'rank', else composite.")
    RankMode rank;

    @Option(names = "--top", paramLabel = "N",
            description = "Compounds selected for top.sdf and the report (default: the configuration's topN, else 50).")
    Integer top;

    @Option(names = "--workers", description = "Partitions run in parallel (default: number of processors).")
    Integer workers;

    @Option(names = "--batch-size", defaultValue = "256",
            description = "Compounds per inference batch (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--chunk-size", defaultValue = "500",
            description = "Compounds per checkpoint: a restart redoes at most this many per partition"
                    + " (default: ${DEFAULT-VALUE}).")
    int chunkSize;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory.")
    Path out;

    @Mixin
    RepositoryOption repository;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        for (Path library : libraries) {
            if (!Files.isReadable(library)) {
                stdout.println("library not found or not readable: " + library);
                stdout.flush();
                return 2;
            }
        }
        int w = workers == null ? Runtime.getRuntime().availableProcessors() : workers;
        ScreenParameters parameters = new ScreenParameters(libraries, format, smilesColumn, idColumn, models, config,
                top == null ? 0 : top, w, batchSize, chunkSize, out, rank == null ? "" : rank.name().toLowerCase(Locale.ROOT));
        List<String> scores;
        try {
            scores = ScreenSetup.validate(parameters);
        } catch (java.io.IOException | RuntimeException e) {
            stdout.println("cannot screen: " + e.getMessage());
            stdout.flush();
            return 2;
        }
        try (ScreeningJobs jobs = repository.open()) {
            long id = jobs.start(parameters);
            stdout.println("job execution " + id);
            stdout.println("scores: " + String.join(", ", scores));
            stdout.flush();
            return ScreenWatch.follow(jobs, id, parameters.out(), stdout);
        }
    }
}
