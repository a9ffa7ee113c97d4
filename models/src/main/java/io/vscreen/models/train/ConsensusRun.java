package io.vscreen.models.train;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.openscience.cdk.interfaces.IAtomContainer;

import io.vscreen.chem.MoleculeParser;
import io.vscreen.chem.StructureException;
import io.vscreen.chem.standardize.Standardizer;
import io.vscreen.chem.standardize.StandardizerOptions;
import io.vscreen.models.ScoreBatch;
import io.vscreen.models.Task;
import io.vscreen.models.data.LabelledMolecule;
import io.vscreen.models.data.LabelledTable;
import io.vscreen.models.data.Split;
import io.vscreen.models.metrics.TaskMetrics;
import io.vscreen.models.pkg.Consensus;
import io.vscreen.models.pkg.Manifest;
import io.vscreen.models.pkg.ModelPackage;

/**
 * Builds a consensus package ({@link Consensus}) from a package of fingerprint networks and one of
 * graph networks trained on the same data and split, and scores it on that split: the data file is
 * read and split again as both packages' training runs did (its sha256 and set sizes must match
 * theirs), and the consensus's validation and test figures go into its manifest beside the
 * members' own, so the three can be compared on the same compounds.
 */
public final class ConsensusRun {
    private final ModelPackage fingerprints;
    private final ModelPackage graphs;
    private final Path data;
    private final Path out;
    private final String name;
    private final String version;
    private final String description;
    private final String command;
    private final Consumer<String> log;

    public ConsensusRun(ModelPackage fingerprints, ModelPackage graphs, Path data, Path out, String name, String version,
                        String description, String command, Consumer<String> log) {
        this.fingerprints = fingerprints;
        this.graphs = graphs;
        this.data = data;
        this.out = out;
        this.name = name;
        this.version = version;
        this.description = description;
        this.command = command;
        this.log = log;
    }

    /** Writes the consensus package and returns it, loaded and verified. */
    public ModelPackage run() throws IOException {
        Consensus.Draft draft = Consensus.draft(fingerprints, graphs, name, version, description, command);
        Manifest m = draft.manifest();
        Manifest.Validation v = m.validation();
        if (v.crossValidated()) {
            throw new IllegalArgumentException("a consensus is scored on one validation set; " + fingerprints.name()
                    + " is a cross-validated ensemble");
        }
        Map<String, Object> trainer = fingerprints.manifest().provenance().trainer();
        if (!(trainer.get("validFraction") instanceof Number valid) || !(trainer.get("testFraction") instanceof Number test)) {
            throw new IllegalArgumentException(fingerprints.name() + " records no split fractions (validFraction, "
                    + "testFraction): it was not trained by vscreen train, and its split cannot be made again");
        }
        SplitPlan plan = new SplitPlan(data, String.valueOf(trainer.getOrDefault("smilesColumn", "smiles")),
                m.tasks().stream().map(Task::name).toList(), m.featurizer(), v.split(), valid.doubleValue(),
                test.doubleValue(), v.seed());
        LabelledTable table = plan.read();
        if (!table.sha256().equals(m.provenance().dataSha256())) {
            throw new IllegalArgumentException(data + " is not the file " + fingerprints.name() + " and " + graphs.name()
                    + " were trained on (sha256 " + table.sha256() + ", theirs " + m.provenance().dataSha256() + ")");
        }
        Split split = plan.split(table);
        if (split.train().length != v.trainRows() || split.valid().length != v.validRows()
                || split.test().length != v.testRows()) {
            throw new IllegalArgumentException(data + " splits into " + split.summary() + ", not the members' "
                    + v.trainRows() + " / " + v.validRows() + " / " + v.testRows());
        }
        log.accept(split.summary() + " (as " + fingerprints.name() + " and " + graphs.name() + ")");
        ModelPackage.write(out, m, draft.files());
        ModelPackage unscored = ModelPackage.load(out);
        Map<String, List<Manifest.MetricSet>> sets = new LinkedHashMap<>();
        sets.put("valid", figures(unscored, table, split.valid()));
        sets.put("test", figures(unscored, table, split.test()));
        Manifest done = new Manifest(m.format(), m.name(), m.version(), m.role(), m.description(), m.tasks(), m.featurizer(),
                m.heads(), m.ensembleSize(), m.applicabilityDomain(),
                new Manifest.Validation(v.split(), v.seed(), v.trainRows(), v.validRows(), v.testRows(), sets, v.command(),
                        v.folds()),
                m.provenance(), Map.of());
        ModelPackage.write(out, done, draft.files());
        ModelPackage pkg = ModelPackage.load(out);
        for (String set : sets.keySet()) {
            for (int t = 0; t < m.tasks().size(); t++) {
                log.accept(String.format("%-5s %-16s %s %s, %s %s, consensus %s", set, m.tasks().get(t).name(),
                        fingerprints.name(), headline(fingerprints.manifest(), set, t), graphs.name(),
                        headline(graphs.manifest(), set, t), headline(done, set, t)));
            }
        }
        return pkg;
    }

    private static String headline(Manifest m, String set, int task) {
        Manifest.MetricSet s = m.validation().sets().get(set).get(task);
        String key = s.values().containsKey("roc_auc") ? "roc_auc" : "rmse";
        String more = key.equals("roc_auc") && s.values().containsKey("pr_auc")
                ? String.format(java.util.Locale.ROOT, " pr_auc %.3f", s.values().get("pr_auc")) : "";
        return String.format(java.util.Locale.ROOT, "%s %.3f%s", key, s.values().get(key), more);
    }

    private List<Manifest.MetricSet> figures(ModelPackage pkg, LabelledTable table, int[] rows) {
        MoleculeParser parser = new MoleculeParser();
        Standardizer standardizer = new Standardizer(StandardizerOptions.DEFAULTS.withInchiKey(false));
        List<IAtomContainer> molecules = new ArrayList<>(rows.length);
        double[][] labels = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            LabelledMolecule lm = table.molecules().get(rows[i]);
            try {
                molecules.add(standardizer.standardize(parser.parseSmiles(lm.smiles())).molecule());
            } catch (StructureException e) {
                throw new IllegalArgumentException("record " + lm.record() + " (" + lm.smiles() + ") was read for the "
                        + "split but does not parse again: " + e.getMessage(), e);
            }
            labels[i] = lm.labels();
        }
        ScoreBatch scores = pkg.score(molecules);
        List<Manifest.MetricSet> out = new ArrayList<>();
        for (TaskMetrics tm : Evaluation.of(scores, labels)) {
            out.add(new Manifest.MetricSet(tm.task(), tm.n(), tm.positives(), tm.values()));
        }
        return out;
    }
}
