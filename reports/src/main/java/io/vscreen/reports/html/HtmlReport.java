package io.vscreen.reports.html;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.silent.SilentChemObjectBuilder;
import org.openscience.cdk.smiles.SmilesParser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;

import io.vscreen.chem.StructureException;
import io.vscreen.reports.AlertHit;
import io.vscreen.reports.Candidate;
import io.vscreen.reports.Descriptors;
import io.vscreen.reports.RunInfo;
import io.vscreen.reports.Score;
import io.vscreen.reports.ScoreColumn;
import io.vscreen.reports.output.Numbers;
import io.vscreen.reports.rank.RankTable;
import io.vscreen.reports.rank.Ranking;
import io.vscreen.reports.rank.RankingConfig;
import io.vscreen.reports.rank.ScoringPlan;
import io.vscreen.reports.store.CandidateStore;

/**
 * Writes {@code report.html}: one self-contained page (inline CSS and SVG, no script, no network)
 * with the run summary, the ranking as resolved, plots of the score distributions, efficacy
 * against toxicity and the property space of the hits against the library (binned, so the page
 * stays small for any library size), and the top-N table with a depiction of each hit (alerts
 * highlighted), an atom-level explanation of its efficacy score, its scores with uncertainty and
 * applicability-domain warnings. Rendered from the Mustache template {@code report.html.mustache}
 * (HTML-escaped by default; only the generated SVG is inserted raw). Not thread-safe.
 */
public final class HtmlReport {

    private static final Logger LOG = LoggerFactory.getLogger(HtmlReport.class);
    private static final int BINS = 40;

    private final AtomAttribution attribution;
    private final Mustache template;

    /** @param attribution explanation of the efficacy score drawn for each hit ({@link AtomAttribution#none()} for none) */
    public HtmlReport(AtomAttribution attribution) {
        this.attribution = attribution;
        this.template = new DefaultMustacheFactory("io/vscreen/reports/html").compile("report.html.mustache");
    }

    public void write(Path file, RunInfo run, Ranking ranking, CandidateStore store) throws IOException {
        Map<String, Object> model = model(run, ranking, store);
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            template.execute(w, model).flush();
        }
    }

    Map<String, Object> model(RunInfo run, Ranking ranking, CandidateStore store) throws IOException {
        RankTable table = ranking.table();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("library", run.library());
        m.put("generated", DateTimeFormatter.ISO_INSTANT.format(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
        m.put("counts", List.of(
                kv("read", Long.toString(run.read())),
                kv("scored", Long.toString(run.scored())),
                kv("rejected", Long.toString(run.rejected())),
                kv("duplicates", Long.toString(run.duplicates())),
                kv("ranked", Integer.toString(ranking.size())),
                kv("filtered", Integer.toString(table.filteredCount())),
                kv("selected", Integer.toString(ranking.selected().length))));
        m.put("timing", List.of(
                kv("started", format(run.started())),
                kv("finished", format(run.finished())),
                kv("elapsed", String.format(Locale.ROOT, "%.1f s", run.elapsed().toMillis() / 1000.0)),
                kv("compounds/s", Numbers.format(run.compoundsPerSecond(), 1))));
        List<Map<String, Object>> models = new ArrayList<>();
        for (RunInfo.ModelInfo mi : run.models()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("name", mi.name());
            e.put("version", mi.version());
            e.put("provenance", mi.provenance().entrySet().stream().map(x -> kv(x.getKey(), x.getValue())).toList());
            models.add(e);
        }
        m.put("models", models);
        m.put("hasModels", !models.isEmpty());
        m.put("parameters", run.parameters().entrySet().stream().map(x -> kv(x.getKey(), x.getValue())).toList());
        m.put("hasParameters", !run.parameters().isEmpty());
        m.put("ranking", rankingSection(ranking));
        int[] selected = ranking.selected();
        m.put("scorePlots", scorePlots(ranking, selected));
        m.put("efficacyToxicity", efficacyToxicity(ranking, selected));
        m.put("propertyPlots", propertyPlots(table, selected));
        List<Map<String, Object>> hits = hits(ranking, store, selected);
        m.put("hits", hits);
        m.put("hasExplanation", hits.stream().anyMatch(h -> h.containsKey("explanation")));
        m.put("topN", selected.length);
        m.put("attribution", attribution.describe());
        return m;
    }

    private static Map<String, Object> kv(String k, String v) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("key", k);
        e.put("value", v);
        return e;
    }

    private static String format(Instant t) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC).format(t);
    }

    private static Map<String, Object> rankingSection(Ranking ranking) {
        RankingConfig c = ranking.config();
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("mode", c.rank() == RankingConfig.RankMode.PARETO
                ? "Pareto fronts over " + String.join(", ", ranking.paretoObjectives()) + ", ties by composite score"
                : "composite score (weighted geometric mean of desirabilities)");
        r.put("selection", ranking.selectionMethod() + ", top " + c.topN());
        List<Map<String, Object>> terms = new ArrayList<>();
        for (ScoringPlan.Term t : ranking.plan().terms()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("score", ranking.table().columns().get(t.column()).key());
            e.put("reads", switch (t.source()) {
                case VALUE -> "value";
                case STD -> "uncertainty (std)";
                case AD_SIMILARITY -> "applicability domain";
            });
            e.put("desirability", t.desirability().toString());
            e.put("weight", Numbers.format(t.weight(), 3));
            terms.add(e);
        }
        r.put("terms", terms);
        RankingConfig.Filters f = c.filters();
        List<String> filters = new ArrayList<>();
        if (f.maxLipinskiViolations() != null) {
            filters.add("at most " + f.maxLipinskiViolations() + " Lipinski violations");
        }
        if (f.rejectAlerts()) {
            filters.add(f.alertPrefixes().isEmpty() ? "no structural alerts"
                    : "no alerts of " + String.join(", ", f.alertPrefixes()));
        }
        f.ranges().forEach((k, v) -> filters.add(k + " in [" + (v.min() == null ? "" : Numbers.format(v.min(), 3))
                + ", " + (v.max() == null ? "" : Numbers.format(v.max(), 3)) + "]"));
        r.put("filters", filters.isEmpty() ? "none" : String.join("; ", filters));
        return r;
    }

    private List<Map<String, Object>> scorePlots(Ranking ranking, int[] selected) {
        RankTable table = ranking.table();
        List<Map<String, Object>> plots = new ArrayList<>();
        float[] composite = new float[table.size()];
        double[] hitComposite = new double[selected.length];
        for (int r = 0; r < table.size(); r++) {
            composite[r] = (float) ranking.composite(r);
        }
        for (int i = 0; i < selected.length; i++) {
            hitComposite[i] = ranking.composite(selected[i]);
        }
        plots.add(plot(Charts.histogram("plot-composite", "composite score", "composite score", composite,
                hitComposite, new double[] {0, 1}, BINS, 360, 240)));
        for (int c = 0; c < table.columns().size(); c++) {
            ScoreColumn col = table.columns().get(c);
            float[] v = column(table, c);
            double[] hits = new double[selected.length];
            for (int i = 0; i < selected.length; i++) {
                hits[i] = table.value(c, selected[i]);
            }
            double[] range = col.kind() == ScoreColumn.Kind.CLASSIFICATION ? new double[] {0, 1} : Charts.range(v, hits);
            plots.add(plot(Charts.histogram("plot-score-" + c, col.key(), col.key() + " (" + role(col) + ")", v, hits,
                    range, BINS, 360, 240)));
        }
        return plots;
    }

    private static String role(ScoreColumn col) {
        return col.role().name().toLowerCase(Locale.ROOT);
    }

    private static float[] column(RankTable table, int c) {
        float[] v = new float[table.size()];
        for (int r = 0; r < v.length; r++) {
            v[r] = (float) table.value(c, r);
        }
        return v;
    }

    private static Map<String, Object> plot(String svg) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("svg", svg);
        return e;
    }

    /** Efficacy (best-weighted efficacy column) against toxicity (highest toxicity probability). */
    private List<Map<String, Object>> efficacyToxicity(Ranking ranking, int[] selected) {
        RankTable table = ranking.table();
        int eff = -1;
        double best = -1;
        List<Integer> tox = new ArrayList<>();
        for (int c = 0; c < table.columns().size(); c++) {
            ScoreColumn col = table.columns().get(c);
            if (col.role() == ScoreColumn.Role.EFFICACY && ranking.plan().weight(c) > best) {
                best = ranking.plan().weight(c);
                eff = c;
            } else if (col.role() == ScoreColumn.Role.TOXICITY && col.kind() == ScoreColumn.Kind.CLASSIFICATION) {
                tox.add(c);
            }
        }
        if (eff < 0 || tox.isEmpty()) {
            return List.of();
        }
        float[] x = column(table, eff);
        float[] y = new float[table.size()];
        for (int r = 0; r < y.length; r++) {
            y[r] = maxTox(table, tox, r);
        }
        double[] hx = new double[selected.length];
        double[] hy = new double[selected.length];
        for (int i = 0; i < selected.length; i++) {
            hx[i] = x[selected[i]];
            hy[i] = y[selected[i]];
        }
        ScoreColumn e = table.columns().get(eff);
        String yLabel = tox.size() == 1 ? table.columns().get(tox.get(0)).key()
                : "highest toxicity probability (" + tox.size() + " tasks)";
        double[] xr = e.kind() == ScoreColumn.Kind.CLASSIFICATION ? new double[] {0, 1} : Charts.range(x, hx);
        return List.of(plot(Charts.density("plot-eff-tox", "efficacy vs toxicity", e.key(), yLabel, x, y, hx, hy,
                xr, new double[] {0, 1}, BINS, 560, 420)));
    }

    private static float maxTox(RankTable table, List<Integer> tox, int r) {
        float m = Float.NaN;
        for (int c : tox) {
            float v = (float) table.value(c, r);
            if (!Float.isNaN(v) && (Float.isNaN(m) || v > m)) {
                m = v;
            }
        }
        return m;
    }

    private List<Map<String, Object>> propertyPlots(RankTable table, int[] selected) {
        List<Map<String, Object>> plots = new ArrayList<>();
        plots.add(propertyPlot(table, selected, "plot-mw-logp", Descriptors.MW, Descriptors.LOGP, "molecular weight", "logP"));
        plots.add(propertyPlot(table, selected, "plot-tpsa-qed", Descriptors.TPSA, Descriptors.QED, "TPSA (Å²)", "QED"));
        plots.removeIf(p -> p.isEmpty());
        return plots;
    }

    private static Map<String, Object> propertyPlot(RankTable table, int[] selected, String id, String dx, String dy,
                                                    String xLabel, String yLabel) {
        int ix = Descriptors.REPORTED.indexOf(dx);
        int iy = Descriptors.REPORTED.indexOf(dy);
        float[] x = new float[table.size()];
        float[] y = new float[table.size()];
        boolean any = false;
        for (int r = 0; r < x.length; r++) {
            x[r] = (float) table.descriptor(ix, r);
            y[r] = (float) table.descriptor(iy, r);
            any |= !Float.isNaN(x[r]) && !Float.isNaN(y[r]);
        }
        if (!any) {
            return Map.of();
        }
        double[] hx = new double[selected.length];
        double[] hy = new double[selected.length];
        for (int i = 0; i < selected.length; i++) {
            hx[i] = x[selected[i]];
            hy[i] = y[selected[i]];
        }
        return plot(Charts.density(id, yLabel + " vs " + xLabel + ": hits on the library", xLabel, yLabel, x, y, hx, hy,
                Charts.range(x, hx), dy.equals(Descriptors.QED) ? new double[] {0, 1} : Charts.range(y, hy), BINS, 460, 360));
    }

    private List<Map<String, Object>> hits(Ranking ranking, CandidateStore store, int[] selected) throws IOException {
        RankTable table = ranking.table();
        SmilesParser parser = new SmilesParser(SilentChemObjectBuilder.getInstance());
        Depictor depictor = new Depictor(260, 200);
        AlertLocator alerts = new AlertLocator();
        double adLow = ranking.config().applicabilityDomain().low();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int row : selected) {
            Candidate c = store.get(row);
            Map<String, Object> h = new LinkedHashMap<>();
            h.put("rank", ranking.rank(row));
            h.put("id", c.id());
            h.put("smiles", c.smiles());
            h.put("score", Numbers.format(ranking.composite(row), 3));
            h.put("front", ranking.paretoFront(row));
            int cluster = ranking.cluster(row);
            h.put("cluster", Integer.toString(cluster));
            h.put("hasCluster", cluster != 0);
            h.put("scaffold", c.scaffold());
            depict(c, parser, depictor, alerts, h);
            List<Map<String, Object>> scores = new ArrayList<>();
            List<String> warnings = new ArrayList<>();
            Set<String> warnedModels = new HashSet<>();
            for (ScoreColumn col : table.columns()) {
                Score s = c.score(col.key());
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("key", col.key());
                e.put("role", role(col));
                e.put("value", s.isMissing() ? "n/a" : Numbers.format(s.value(), 3));
                e.put("std", Double.isNaN(s.std()) ? "" : "± " + Numbers.format(s.std(), 3));
                boolean outside = !Double.isNaN(s.adSimilarity()) && s.adSimilarity() < adLow;
                e.put("outside", outside);
                scores.add(e);
                if (outside && warnedModels.add(col.model())) {
                    warnings.add(String.format(Locale.ROOT,
                            "outside the applicability domain of %s: nearest training similarity %.2f < %.2f",
                            col.model(), s.adSimilarity(), adLow));
                }
            }
            h.put("scores", scores);
            h.put("warnings", warnings);
            List<Map<String, Object>> props = new ArrayList<>();
            for (String d : List.of(Descriptors.MW, Descriptors.LOGP, Descriptors.TPSA, Descriptors.HBD, Descriptors.HBA,
                    Descriptors.QED)) {
                double v = c.descriptor(d);
                if (!Double.isNaN(v)) {
                    props.add(kv(d, Numbers.format(v, d.equals(Descriptors.QED) ? 2 : 1)));
                }
            }
            h.put("properties", props);
            Set<String> alertNames = new LinkedHashSet<>();
            c.alerts().forEach(a -> alertNames.add(a.name()));
            h.put("alerts", List.copyOf(alertNames));
            rows.add(h);
        }
        return rows;
    }

    private void depict(Candidate c, SmilesParser parser, Depictor depictor, AlertLocator alerts,
                        Map<String, Object> h) {
        try {
            IAtomContainer mol = parser.parseSmiles(c.smiles());
            Set<Integer> alertAtoms = alerts.atoms(c.alerts(), parser.parseSmiles(c.smiles()));
            h.put("structure", depictor.structure(mol, alertAtoms));
            // fresh copies: fingerprinting perceives aromaticity and would change how the depiction looks
            double[] weights = attribution.atomWeights(c, parser.parseSmiles(c.smiles()));
            if (weights != null) {
                h.put("explanation", depictor.attribution(parser.parseSmiles(c.smiles()), weights));
            }
        } catch (CDKException | StructureException | RuntimeException e) {
            LOG.warn("record {} ({}): cannot depict '{}': {}", c.record(), c.id(), c.smiles(), e.getMessage());
            h.put("depictionError", "cannot depict: " + e.getMessage());
        }
    }
}
