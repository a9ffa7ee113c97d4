package io.vscreen.screening.batch;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.StepExecution;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.jberet.repository.JobRepository;
import org.jberet.runtime.context.JobContextImpl;

import io.vscreen.chem.descriptors.Descriptors;
import io.vscreen.reports.AlertHit;
import io.vscreen.reports.Candidate;
import io.vscreen.reports.OrderedBlocks;
import io.vscreen.reports.RunInfo;
import io.vscreen.reports.Score;
import io.vscreen.reports.ScoreColumn;
import io.vscreen.reports.ScreenOutputs;
import io.vscreen.reports.ScreenResults;
import io.vscreen.models.pkg.ModelPackage;
import io.vscreen.reports.html.AtomAttribution;
import io.vscreen.reports.html.ConsensusOcclusion;
import io.vscreen.reports.html.GraphAtomOcclusion;
import io.vscreen.reports.html.ModelBitOcclusion;
import io.vscreen.reports.rank.RankingConfig;
import io.vscreen.reports.rank.Ranking;
import io.vscreen.reports.store.SpillingCandidateStore;

/**
 * The report step: ranks the distinct compounds (in record order) with the reports module as the
 * screening configuration says, and writes {@code ranked.csv}, {@code top.sdf},
 * {@code report.html} and {@code summary.json}; the summary is completed with the timings of
 * every execution and step (restarts included) and the libraries. Ranking is deterministic, so a
 * restarted screen writes the same files.
 */
@Named("reportResults")
public class ReportResults extends AbstractBatchlet {

    private static final Logger LOG = LoggerFactory.getLogger(ReportResults.class);

    /** The steps of screen.xml in the order they run. */
    private static final List<String> STEP_ORDER = List.of("plan", "score", "rank", "report");

    @Inject
    JobContext jobContext;

    @Override
    public String process() throws Exception {
        ScreenParameters parameters = ScreenParameters.fromJobParameters(jobContext.getProperties());
        ScreenFiles files = parameters.files();
        ScreenPlan plan = ScreenPlan.read(files.plan());
        ScreenCounts counts = ScreenCounts.read(files.counts());
        BatchScorer scorer = ScreenSetup.scorer(parameters);
        ScreenSetup.ScreenConfig config = ScreenSetup.config(parameters);
        List<ScoreColumn> columns = scorer.columns();
        List<String> libraryNames = new ArrayList<>();
        for (Path p : parameters.libraries()) {
            libraryNames.add(p.getFileName().toString());
        }
        Map<String, String> params = new TreeMap<>();
        parameters.toJobParameters().forEach((k, v) -> params.put(k.toString(), v.toString().replace("\n", ", ")));
        write(files, columns, config.ranking(), libraryNames, scorer, run -> new RunInfo(String.join(", ", libraryNames),
                counts.read(), counts.scored(), counts.rejected(), counts.duplicates(), scorer.models(), params,
                firstStart(), Instant.now()));
        // timed after the outputs are written, so the report step's own seconds include them
        addToSummary(files.summary(), timings(counts), libraries(parameters, plan), counts);
        return "REPORTED";
    }

    /**
     * Ranks the distinct compounds of {@code unique.tsv} and writes the four outputs. The ranking's
     * rows are memory-mapped and the candidates spilled to the work directory, so the heap grows
     * by a few dozen bytes per compound; the top N get the atom-level explanation of the
     * best-weighted efficacy score when its model allows one.
     *
     * @param run the run description, made once the outputs are about to be written
     */
    static Ranking write(ScreenFiles files, List<ScoreColumn> columns, RankingConfig ranking, List<String> libraryNames,
                         BatchScorer scorer, java.util.function.Function<Ranking, RunInfo> run) throws Exception {
        Path store = files.work().resolve("candidates");
        Files.createDirectories(store);
        // spill files a killed report step left behind (the output lock keeps other screens out)
        try (var leftovers = Files.list(store)) {
            for (Path p : leftovers.toList()) {
                Files.deleteIfExists(p);
            }
        }
        try (ScreenResults results = new ScreenResults(columns, ranking, new SpillingCandidateStore(store), store)) {
            long t0 = System.nanoTime();
            readCandidates(files.unique(), columns, libraryNames, PARSE_THREADS, results::add);
            long t1 = System.nanoTime();
            Ranking ranked = results.rank();
            LOG.info("read {} compounds in {} ms, ranked them in {} ms", ranked.size(), (t1 - t0) / 1_000_000,
                    (System.nanoTime() - t1) / 1_000_000);
            new ScreenOutputs(explanation(ranked, scorer)).write(files.out(), run.apply(ranked), results, ranked);
            return ranked;
        }
    }

    /** Bit occlusion of the best-weighted efficacy score's model, or none. */
    static AtomAttribution explanation(Ranking ranking, BatchScorer scorer) {
        if (!(scorer instanceof ModelScorer models)) {
            return AtomAttribution.none();
        }
        List<ScoreColumn> columns = ranking.table().columns();
        int best = -1;
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).role() == ScoreColumn.Role.EFFICACY && ranking.plan().weight(c) > 0
                    && (best < 0 || ranking.plan().weight(c) > ranking.plan().weight(best))) {
                best = c;
            }
        }
        if (best < 0) {
            return AtomAttribution.none();
        }
        ScoreColumn efficacy = columns.get(best);
        for (ModelPackage m : models.packages()) {
            if (m.name().equals(efficacy.model())) {
                return ConsensusOcclusion.of(m, efficacy.task())
                        .or(() -> ModelBitOcclusion.of(m, efficacy.task()))
                        .or(() -> GraphAtomOcclusion.of(m, efficacy.task()))
                        .orElse(AtomAttribution.none());
            }
        }
        return AtomAttribution.none();
    }

    /** Threads that turn result lines into candidates while the step's own thread collects them. */
    static final int PARSE_THREADS = Math.min(4, Runtime.getRuntime().availableProcessors());

    /** Lines parsed per task. */
    private static final int BLOCK_LINES = 1024;

    /** Receives the candidates of {@link #readCandidates}, in record order. */
    @FunctionalInterface
    interface CandidateSink {
        void accept(Candidate c) throws IOException;
    }

    /**
     * Reads the result lines of {@code file} and hands their candidates to {@code sink} in the
     * order of the file, on the calling thread. With more than one thread, blocks of lines are
     * parsed on {@code threads} others while this one reads and collects: a few blocks at most
     * are in flight, so memory stays bounded, and the order (so the ranking) is the same as with
     * one thread. A line that cannot be read stops the step with its line number.
     */
    static void readCandidates(Path file, List<ScoreColumn> columns, List<String> libraryNames, int threads,
                               CandidateSink sink) throws IOException {
        // interned, as the rank table interns them, so that it finds each score by identity
        String[] keys = columns.stream().map(c -> c.key().intern()).toArray(String[]::new);
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            long[] read = {0};
            OrderedBlocks.run(threads, "report-parser", () -> {
                List<String> lines = new ArrayList<>(BLOCK_LINES);
                for (String line; lines.size() < BLOCK_LINES && (line = in.readLine()) != null; ) {
                    lines.add(line);
                }
                if (lines.isEmpty()) {
                    return null;
                }
                long first = read[0] + 1;
                read[0] += lines.size();
                return () -> {
                    Candidate[] out = new Candidate[lines.size()];
                    for (int i = 0; i < out.length; i++) {
                        out[i] = candidate(file, first + i, lines.get(i), columns, keys, libraryNames);
                    }
                    return out;
                };
            }, block -> {
                for (Candidate c : block) {
                    sink.accept(c);
                }
            });
        }
    }

    /** The candidate of line {@code number} of {@code file}. */
    private static Candidate candidate(Path file, long number, String line, List<ScoreColumn> columns, String[] keys,
                                       List<String> libraryNames) throws IOException {
        ResultLine r;
        try {
            r = ResultLine.parse(line);
        } catch (RuntimeException e) {
            throw new IOException(file + " line " + number + ": not a result line (" + e.getMessage() + ")", e);
        }
        return candidate(r, columns, keys, libraryNames);
    }

    static Candidate candidate(ResultLine r, List<ScoreColumn> columns, List<String> libraryNames) {
        return candidate(r, columns, columns.stream().map(ScoreColumn::key).toArray(String[]::new), libraryNames);
    }

    private static Candidate candidate(ResultLine r, List<ScoreColumn> columns, String[] keys,
                                       List<String> libraryNames) {
        Candidate.Builder b = Candidate.builder(r.record(), r.id().isEmpty() ? "record " + r.record() : r.id())
                .source(libraryNames.get(r.library()))
                .smiles(r.smiles())
                .inchikey(r.inchiKey().startsWith("SMILES:") ? "" : r.inchiKey())
                .scaffold(r.scaffold())
                .ecfp4(r.fingerprintValue());
        double[] values = r.descriptorValues();
        List<String> names = Descriptors.columnNames();
        for (int i = 0; i < values.length && i < names.size(); i++) {
            b.descriptor(names.get(i), values[i]);
        }
        if (!r.alerts().isEmpty()) {
            List<AlertHit> hits = new ArrayList<>();
            for (String a : r.alerts().split(";")) {
                hits.add(AlertHit.named(a));
            }
            b.alerts(hits);
        }
        double[] s = r.scores();
        for (int c = 0; c < keys.length && 3 * c + 2 < s.length; c++) {
            b.score(keys[c], new Score(s[3 * c], s[3 * c + 1], s[3 * c + 2]));
        }
        return b.build();
    }

    private Instant firstStart() {
        if (jobContext instanceof JobContextImpl impl) {
            Instant first = null;
            for (JobExecution e : impl.getJobRepository().getJobExecutions(impl.getJobExecution().getJobInstance())) {
                if (e.getStartTime() != null && (first == null || e.getStartTime().toInstant().isBefore(first))) {
                    first = e.getStartTime().toInstant();
                }
            }
            if (first != null) {
                return first;
            }
        }
        return Instant.now();
    }

    private static void addToSummary(Path summary, Map<String, Object> timings, List<Map<String, Object>> libraries,
                                     ScreenCounts counts) throws Exception {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = Files.exists(summary) ? (ObjectNode) mapper.readTree(summary.toFile()) : mapper.createObjectNode();
        root.set("counts", mapper.valueToTree(counts));
        root.set("timings", mapper.valueToTree(timings));
        root.set("libraries", mapper.valueToTree(libraries));
        Path tmp = summary.resolveSibling("summary.json.tmp");
        mapper.writeValue(tmp.toFile(), root);
        Files.move(tmp, summary, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private Map<String, Object> timings(ScreenCounts counts) {
        Map<String, Object> t = new LinkedHashMap<>();
        if (!(jobContext instanceof JobContextImpl impl)) {
            return t;
        }
        JobRepository repository = impl.getJobRepository();
        ClassLoader loader = ReportResults.class.getClassLoader();
        List<Map<String, Object>> executions = new ArrayList<>();
        Map<String, Double> stepSeconds = new LinkedHashMap<>();
        for (JobExecution e : repository.getJobExecutions(impl.getJobExecution().getJobInstance())) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("execution", e.getExecutionId());
            x.put("status", e.getBatchStatus().toString());
            x.put("start", e.getStartTime() == null ? null : e.getStartTime().toInstant().toString());
            x.put("end", e.getEndTime() == null ? null : e.getEndTime().toInstant().toString());
            executions.add(x);
            List<StepExecution> steps = new ArrayList<>(e.getExecutionId() == impl.getExecutionId()
                    ? impl.getJobExecution().getStepExecutions() : repository.getStepExecutions(e.getExecutionId(), loader));
            steps.removeIf(s -> s.getStartTime() == null);
            steps.sort(java.util.Comparator.comparingInt((StepExecution s) -> STEP_ORDER.indexOf(s.getStepName()))
                    .thenComparing(StepExecution::getStartTime));
            // a step lasts from the end of the one before it to its own end (the in-memory start
            // time of a partitioned step is the time its partitions finished)
            for (int i = 0; i < steps.size(); i++) {
                StepExecution s = steps.get(i);
                long from = s.getStartTime().getTime();
                if (i > 0 && steps.get(i - 1).getEndTime() != null) {
                    from = steps.get(i - 1).getEndTime().getTime();
                }
                long to = s.getEndTime() != null ? s.getEndTime().getTime()
                        : i + 1 < steps.size() ? steps.get(i + 1).getStartTime().getTime() : System.currentTimeMillis();
                stepSeconds.merge(s.getStepName(), Math.max(0, to - from) / 1000.0, Double::sum);
            }
        }
        executions.sort((a, b) -> Long.compare((Long) a.get("execution"), (Long) b.get("execution")));
        t.put("executions", executions);
        t.put("stepSeconds", stepSeconds);
        Double scoring = stepSeconds.get("score");
        if (scoring != null && scoring > 0) {
            t.put("scoringCompoundsPerSecond", Math.round(counts.read() / scoring * 10) / 10.0);
        }
        return t;
    }

    private static List<Map<String, Object>> libraries(ScreenParameters parameters, ScreenPlan plan) throws Exception {
        List<Map<String, Object>> list = new ArrayList<>();
        for (int i = 0; i < parameters.libraries().size(); i++) {
            long records = 0;
            long first = 0;
            for (Shard s : plan.shards()) {
                if (s.library() == i) {
                    if (records == 0) {
                        first = s.firstRecord();
                    }
                    records += s.records();
                }
            }
            var spec = parameters.librarySpec(i);
            Map<String, Object> lib = new LinkedHashMap<>();
            lib.put("file", spec.path().toString());
            lib.put("format", spec.resolvedFormat().toString());
            lib.put("bytes", Files.size(spec.path()));
            lib.put("records", records);
            lib.put("firstRecord", records == 0 ? null : first);
            list.add(lib);
        }
        return list;
    }
}
