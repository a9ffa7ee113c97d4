package io.vscreen.reports.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import io.vscreen.reports.RunInfo;
import io.vscreen.reports.rank.Ranking;
import io.vscreen.reports.rank.ScoringPlan;

/**
 * Writes {@code summary.json}: the run's counts, timings, models with provenance, parameters, the
 * ranking as it was resolved (every desirability term with its bounds and weight) and every
 * output file with its size and SHA-256. Keys are stable; see the README for the schema.
 */
public final class SummaryWriter {

    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public void write(Path file, RunInfo run, Ranking ranking, List<OutputFile> files) throws IOException {
        mapper.writeValue(file.toFile(), content(run, ranking, files));
    }

    /** The summary as a JSON-ready tree. */
    public Map<String, Object> content(RunInfo run, Ranking ranking, List<OutputFile> files) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("library", run.library());
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("read", run.read());
        counts.put("scored", run.scored());
        counts.put("rejected", run.rejected());
        counts.put("duplicates", run.duplicates());
        counts.put("ranked", ranking.size());
        counts.put("filtered", ranking.table().filteredCount());
        counts.put("selected", ranking.selected().length);
        root.put("counts", counts);
        Map<String, Object> timing = new LinkedHashMap<>();
        timing.put("started", run.started().toString());
        timing.put("finished", run.finished().toString());
        timing.put("elapsedSeconds", run.elapsed().toMillis() / 1000.0);
        double rate = run.compoundsPerSecond();
        timing.put("compoundsPerSecond", Double.isFinite(rate) ? Math.round(rate * 10) / 10.0 : null);
        root.put("timing", timing);
        List<Map<String, Object>> models = new ArrayList<>();
        for (RunInfo.ModelInfo m : run.models()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("name", m.name());
            e.put("version", m.version());
            e.put("provenance", m.provenance());
            models.add(e);
        }
        root.put("models", models);
        root.put("parameters", run.parameters());
        root.put("ranking", ranking(ranking));
        List<Map<String, Object>> out = new ArrayList<>();
        for (OutputFile f : files) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("name", f.name());
            e.put("bytes", f.bytes());
            e.put("sha256", f.sha256());
            out.add(e);
        }
        root.put("files", out);
        return root;
    }

    private static Map<String, Object> ranking(Ranking ranking) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("mode", ranking.config().rank().json());
        r.put("topN", ranking.config().topN());
        r.put("selection", ranking.selectionMethod());
        r.put("paretoObjectives", ranking.paretoObjectives());
        List<Map<String, Object>> terms = new ArrayList<>();
        for (ScoringPlan.Term t : ranking.plan().terms()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("score", ranking.table().columns().get(t.column()).key());
            e.put("reads", t.source().name().toLowerCase(java.util.Locale.ROOT));
            e.put("desirability", t.desirability().toString());
            e.put("weight", t.weight());
            terms.add(e);
        }
        r.put("terms", terms);
        return r;
    }
}
