package io.vscreen.models.pkg;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.vscreen.models.ModelException;
import io.vscreen.models.ScoreBatch;
import io.vscreen.models.Task;

/**
 * A consensus package: the fingerprint networks (MLP heads) of one package and the graph networks
 * of another, trained on the same data, split and featurizer, scored together. Every member of
 * either kind weighs equally: a task's prediction is the mean over all members and its uncertainty
 * the standard deviation over all members (population form), so disagreement between the two
 * architectures shows as uncertainty. Both parts share the featurizer (the descriptor scaling
 * fitted on the common training split) and the applicability domain.
 *
 * <p>The manifest of a consensus lists the MLP heads and the graph-network heads side by side;
 * {@link ModelPackage#load} opens each kind as a part ({@link ModelPackage#parts()}).
 * {@code io.vscreen.models.train.ConsensusRun} builds one from two packages.
 */
public final class Consensus {

    private Consensus() {
    }

    /** Whether the manifest holds graph-network heads beside heads of another architecture. */
    public static boolean describes(Manifest m) {
        return m.heads() != null && m.heads().stream().anyMatch(Consensus::isGraph)
                && m.heads().stream().anyMatch(h -> !isGraph(h));
    }

    /** The manifests of the two parts: the fingerprint networks' heads, then the graph networks'. */
    static List<Manifest> parts(String where, Manifest m) {
        List<Manifest> parts = new ArrayList<>();
        for (boolean graph : new boolean[] {false, true}) {
            List<Manifest.Head> heads = m.heads().stream().filter(h -> isGraph(h) == graph).toList();
            int members = heads.get(0).members() == null ? 0 : heads.get(0).members().size();
            for (Manifest.Head h : heads) {
                if (h.members() == null || h.members().size() != members) {
                    throw new ModelException(where + ": the " + (graph ? "graph" : "fingerprint")
                            + " networks of a consensus must have one member count in every head");
                }
            }
            parts.add(new Manifest(m.format(), m.name(), m.version(), m.role(), m.description(), m.tasks(), m.featurizer(),
                    heads, members, m.applicabilityDomain(), m.validation(), m.provenance(), m.files()));
        }
        return parts;
    }

    /** How a part is named in messages. */
    static String partName(Manifest part) {
        return isGraph(part.heads().get(0)) ? "graph networks" : "fingerprint networks";
    }

    /**
     * Pools the parts' scores of one batch: mean and standard deviation over all members, each part
     * weighted by its member count. A molecule a part could not score is reported with that part's
     * error.
     */
    static ScoreBatch pool(String name, List<Task> tasks, List<ModelPackage> parts, List<ScoreBatch> scores) {
        int n = scores.get(0).size();
        int nt = tasks.size();
        float[][] mean = new float[n][nt];
        float[][] std = new float[n][nt];
        String[] errors = new String[n];
        double total = 0;
        for (ModelPackage p : parts) {
            total += p.manifest().ensembleSize();
        }
        for (int i = 0; i < n; i++) {
            for (ScoreBatch s : scores) {
                if (errors[i] == null && !s.scored(i)) {
                    errors[i] = s.errors()[i];
                }
            }
            for (int t = 0; t < nt; t++) {
                if (errors[i] != null) {
                    mean[i][t] = Float.NaN;
                    std[i][t] = Float.NaN;
                    continue;
                }
                double sum = 0;
                double sumSq = 0;
                for (int k = 0; k < parts.size(); k++) {
                    double w = parts.get(k).manifest().ensembleSize();
                    double m = scores.get(k).mean()[i][t];
                    double s = scores.get(k).std()[i][t];
                    sum += w * m;
                    sumSq += w * (s * s + m * m);
                }
                double mu = sum / total;
                mean[i][t] = (float) mu;
                std[i][t] = (float) Math.sqrt(Math.max(0, sumSq / total - mu * mu));
            }
        }
        // the parts share one domain; the fingerprint part (the first) computed the similarity
        float[] ad = scores.get(0).adSimilarity().clone();
        for (int i = 0; i < n; i++) {
            if (errors[i] != null) {
                ad[i] = Float.NaN;
            }
        }
        return new ScoreBatch(name, tasks, mean, std, ad, errors);
    }

    /** A consensus manifest without validation figures, and the files it names. */
    public record Draft(Manifest manifest, Map<String, byte[]> files) {
    }

    /**
     * Joins a package of fingerprint networks and a package of graph networks into a consensus. Its
     * provenance lists both members with their commands, trainer settings and figures.
     * They must predict the same tasks, read the same featurizer (with the same fitted scaling),
     * come from the same data file, split and seed, and share their applicability domain; the
     * draft's validation block holds the common split with no figures yet.
     *
     * @throws IllegalArgumentException naming what differs
     */
    public static Draft draft(ModelPackage fingerprints, ModelPackage graphs, String name, String version, String description,
                              String command) {
        if (!fingerprints.parts().isEmpty() || !graphs.parts().isEmpty()) {
            throw new IllegalArgumentException("a consensus joins two plain packages, not another consensus");
        }
        if (fingerprints.isGraphModel() || !graphs.isGraphModel()) {
            throw new IllegalArgumentException("a consensus joins one package of fingerprint networks and one of graph "
                    + "networks: " + fingerprints.name() + " is " + kind(fingerprints) + ", " + graphs.name() + " is "
                    + kind(graphs));
        }
        Manifest f = fingerprints.manifest();
        Manifest g = graphs.manifest();
        String pair = f.name() + " and " + g.name();
        same(pair, "tasks", f.tasks(), g.tasks());
        same(pair, "roles", f.role(), g.role());
        same(pair, "featurizers (with their fitted scaling)", json(f.featurizer()), json(g.featurizer()));
        same(pair, "training data (sha256)", f.provenance().dataSha256(), g.provenance().dataSha256());
        Manifest.Validation fv = f.validation();
        Manifest.Validation gv = g.validation();
        same(pair, "splits", List.of(fv.split(), fv.seed(), fv.trainRows(), fv.validRows(), fv.testRows(),
                Objects.toString(fv.folds())), List.of(gv.split(), gv.seed(), gv.trainRows(), gv.validRows(), gv.testRows(),
                Objects.toString(gv.folds())));
        same(pair, "applicability domains (sha256)", f.files().get(f.applicabilityDomain()),
                g.files().get(g.applicabilityDomain()));

        Map<String, byte[]> files = new LinkedHashMap<>();
        for (ModelPackage p : List.of(fingerprints, graphs)) {
            Map<String, byte[]> own = PackageFiles.read(p.location());
            for (String file : p.manifest().files().keySet()) {
                byte[] bytes = own.get(file);
                byte[] before = files.putIfAbsent(file, bytes);
                if (before != null && !java.util.Arrays.equals(before, bytes)) {
                    throw new IllegalArgumentException(pair + " both hold a different file " + file);
                }
            }
        }
        List<Manifest.Head> heads = new ArrayList<>(f.heads());
        heads.addAll(g.heads());
        Map<String, Object> trainer = new LinkedHashMap<>();
        trainer.put("consensus", "mean and standard deviation over all members of both packages, each member weighing "
                + "equally (" + f.ensembleSize() + " fingerprint networks, " + g.ensembleSize() + " graph networks)");
        trainer.put("members", List.of(member(f), member(g)));
        List<Long> seeds = new ArrayList<>(f.provenance().seeds());
        seeds.addAll(g.provenance().seeds());
        Map<String, List<Integer>> epochs = new LinkedHashMap<>(f.provenance().bestEpochs());
        epochs.putAll(g.provenance().bestEpochs());
        Manifest.Provenance p = f.provenance();
        Manifest.Provenance provenance = new Manifest.Provenance(p.dataFile(), p.dataSha256(), p.dataRows(), p.dataUsed(),
                p.dataRejected(), trainer, seeds, epochs, p.libraries(),
                java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
        Manifest m = new Manifest(Manifest.FORMAT, name, version, f.role(), description, f.tasks(), f.featurizer(), heads,
                f.ensembleSize() + g.ensembleSize(), f.applicabilityDomain(),
                new Manifest.Validation(fv.split(), fv.seed(), fv.trainRows(), fv.validRows(), fv.testRows(), Map.of(),
                        command, fv.folds()),
                provenance, Map.of());
        return new Draft(m, files);
    }

    private static Map<String, Object> member(Manifest m) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", m.name());
        out.put("version", m.version());
        out.put("architecture", m.heads().get(0).architecture());
        out.put("ensembleSize", m.ensembleSize());
        out.put("created", m.provenance().created());
        out.put("command", m.validation().command());
        out.put("trainer", m.provenance().trainer());
        out.put("figures", m.validation().sets());
        return out;
    }

    private static String kind(ModelPackage p) {
        return !p.parts().isEmpty() ? "a consensus" : p.isGraphModel() ? "graph networks" : "fingerprint networks";
    }

    private static void same(String pair, String what, Object a, Object b) {
        if (!Objects.equals(a, b)) {
            throw new IllegalArgumentException(pair + " differ in their " + what + ": " + a + " against " + b);
        }
    }

    private static String json(Object o) {
        try {
            return Json.mapper().writeValueAsString(o);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isGraph(Manifest.Head h) {
        return io.vscreen.models.gnn.GraphModel.ARCHITECTURE.equals(h.architecture());
    }
}
