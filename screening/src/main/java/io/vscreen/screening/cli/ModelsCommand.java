package io.vscreen.screening.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import io.vscreen.models.Task;
import io.vscreen.models.pkg.Json;
import io.vscreen.models.pkg.Manifest;
import io.vscreen.models.pkg.ModelPackage;
import io.vscreen.models.pkg.ModelRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code vscreen models list|show|import-keras|import-actives|combine}: the model packages on the search path. */
@Command(name = "models", mixinStandardHelpOptions = true, description = "List and inspect model packages.",
        subcommands = {ModelsCommand.ListModels.class, ModelsCommand.ShowModel.class, ImportKerasCommand.class,
                ImportActivesCommand.class, CombineCommand.class})
public final class ModelsCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code vscreen models list}. */
    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Name, version, role, tasks and headline metric of every model on the search path.")
    static final class ListModels implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        ModelsOptions options;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            ModelRegistry registry = options.registry();
            java.util.List<ModelRegistry.Problem> problems = new ArrayList<>();
            java.util.List<ModelRegistry.Entry> entries = registry.list(problems);
            out.printf("%-12s %-8s %-9s %-40s %s%n", "NAME", "VERSION", "ROLE", "TASKS", "HEADLINE");
            for (ModelRegistry.Entry e : entries) {
                Manifest m = e.manifest();
                String tasks = m.tasks().stream().map(Task::name).collect(Collectors.joining(","));
                if (tasks.length() > 40) {
                    tasks = m.tasks().size() + " tasks: " + tasks.substring(0, 26) + "...";
                }
                out.printf("%-12s %-8s %-9s %-40s %s%s%n", m.name(), m.version(), m.role() == null ? "" : m.role().label(),
                        tasks, m.headline(), e.shadowed() ? "  [shadowed by an earlier " + m.name() + ": " + e.location() + "]" : "");
            }
            if (entries.isEmpty()) {
                out.println("(no models on the search path " + registry.searchPath() + ")");
            }
            for (ModelRegistry.Problem p : problems) {
                spec.commandLine().getErr().println("unreadable package " + p.location() + ": " + p.reason());
            }
            return 0;
        }
    }

    /** {@code vscreen models show NAME}. */
    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show a model's manifest, readable.")
    static final class ShowModel implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        ModelsOptions options;

        @Parameters(index = "0", paramLabel = "NAME", description = "Model name, or path to a package directory or zip.")
        String name;

        @Option(names = "--json", description = "Print the raw model.json instead.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            ModelPackage pkg = options.registry().load(name);
            Manifest m = pkg.manifest();
            if (json) {
                out.println(Json.mapper().writeValueAsString(m));
                return 0;
            }
            out.printf("%s %s (%s)%n", m.name(), m.version(), m.role() == null ? "" : m.role().label());
            if (m.description() != null && !m.description().isBlank()) {
                out.println("  " + m.description());
            }
            out.println("location:    " + pkg.location() + " (verified: every file matches its sha256)");
            out.println("tasks:       " + m.tasks().stream().map(t -> t.name() + " [" + t.type().label()
                    + (t.units().isBlank() ? "" : ", " + t.units()) + "]").collect(Collectors.joining(", ")));
            out.println("featurizer:  " + m.featurizer().describe());
            for (Manifest.Head h : m.heads()) {
                if (h.threshold() != null) {
                    Manifest.Threshold t = h.threshold();
                    out.printf(Locale.ROOT, "network:     %s: read off %s %s %s (probability of that side; sigma %.4f, the "
                            + "validation RMSE of %s)%n", h.tasks().get(0), t.task(), t.relation(), t.value(), t.sigma(),
                            t.task());
                    continue;
                }
                out.printf("network:     %s: %s %s, %s hidden, %s output, %d members (%s)%n", h.name(), h.architecture(),
                        h.layers(), h.hiddenActivation(), h.outputActivation(), h.members().size(), h.weightFormat());
            }
            out.println("ensemble:    " + m.ensembleSize() + " members, seeds " + m.provenance().seeds());
            out.println("domain:      max Tanimoto to " + pkg.applicabilityDomain().size() + " training compounds");
            Manifest.Provenance p = m.provenance();
            out.printf("data:        %s, %d rows (%d used, %d left out), sha256 %s%n", p.dataFile(), p.dataRows(),
                    p.dataUsed(), p.dataRejected(), p.dataSha256());
            Manifest.Validation v = m.validation();
            if (v.crossValidated()) {
                out.printf("split:       %s, seed %d: %d rows in %d cross-validation folds / %d test%n", v.split(), v.seed(),
                        v.trainRows(), v.folds(), v.testRows());
            } else {
                out.printf("split:       %s, seed %d: %d train / %d validation / %d test%n", v.split(), v.seed(),
                        v.trainRows(), v.validRows(), v.testRows());
            }
            printTrainer(out, p.trainer());
            out.println("early stop:  best epochs " + p.bestEpochs());
            out.println("libraries:   " + p.libraries());
            out.println("created:     " + p.created());
            out.println("command:     " + v.command());
            for (Map.Entry<String, java.util.List<Manifest.MetricSet>> s : v.sets().entrySet()) {
                out.println();
                out.println(s.getKey() + " set" + (v.crossValidated() && s.getKey().equals("valid")
                        ? " (out-of-fold: each compound scored by the members that did not learn from it)" : "") + ":");
                printMetrics(out, s.getValue());
            }
            return 0;
        }
    }

    /**
     * Prints the trainer settings; a consensus's members each on their own line (name, kind, size,
     * validation headline, command), their full settings being in {@code models show --json}.
     */
    private static void printTrainer(PrintWriter out, Map<String, Object> trainer) {
        Object members = trainer.get("members");
        if (!(members instanceof java.util.List<?> list)) {
            out.println("trainer:     " + trainer);
            return;
        }
        Map<String, Object> rest = new java.util.LinkedHashMap<>(trainer);
        rest.remove("members");
        out.println("trainer:     " + rest);
        for (Object o : list) {
            if (o instanceof Map<?, ?> member) {
                out.printf("member:      %s %s (%s, %s members)%s; %s%n", member.get("name"), member.get("version"),
                        member.get("architecture"), member.get("ensembleSize"), validHeadline(member.get("figures")),
                        member.get("command"));
            }
        }
    }

    /** {@code : valid roc_auc 0.804} from a member's figures, or nothing. */
    private static String validHeadline(Object figures) {
        if (figures instanceof Map<?, ?> sets && sets.get("valid") instanceof java.util.List<?> valid) {
            java.util.List<String> parts = new ArrayList<>();
            for (Object o : valid) {
                if (o instanceof Map<?, ?> set && set.get("values") instanceof Map<?, ?> values) {
                    Object key = values.containsKey("roc_auc") ? "roc_auc" : "rmse";
                    if (values.get(key) instanceof Number n) {
                        parts.add(set.get("task") + " " + key + String.format(Locale.ROOT, " %.3f", n.doubleValue()));
                    }
                }
            }
            return parts.isEmpty() ? "" : ": valid " + String.join(", ", parts);
        }
        return "";
    }

    /** Prints metric sets as a table (one row per task), shared with {@code evaluate}. */
    static void printMetrics(PrintWriter out, java.util.List<Manifest.MetricSet> sets) {
        java.util.List<String> keys = new ArrayList<>();
        for (Manifest.MetricSet s : sets) {
            for (String k : s.values().keySet()) {
                if (!keys.contains(k)) {
                    keys.add(k);
                }
            }
        }
        StringBuilder header = new StringBuilder(String.format("  %-16s %6s %5s", "task", "n", "pos"));
        keys.forEach(k -> header.append(String.format(" %8s", k)));
        out.println(header);
        for (Manifest.MetricSet s : sets) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "  %-16s %6d %5s", s.task(), s.n(),
                    s.values().containsKey("roc_auc") ? String.valueOf(s.positives()) : "-"));
            for (String k : keys) {
                Double v = s.values().get(k);
                row.append(v == null ? String.format(" %8s", "") : String.format(Locale.ROOT, " %8.3f", v));
            }
            out.println(row);
        }
    }
}
