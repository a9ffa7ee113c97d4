package io.vscreen.screening.batch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.openscience.cdk.interfaces.IAtomContainer;

import io.vscreen.models.ScoreBatch;
import io.vscreen.models.Task;
import io.vscreen.models.TaskType;
import io.vscreen.models.features.FeaturizationException;
import io.vscreen.models.features.Featurizer;
import io.vscreen.models.features.MoleculeFeatures;
import io.vscreen.models.pkg.Manifest;
import io.vscreen.models.pkg.ModelPackage;
import io.vscreen.reports.RunInfo;
import io.vscreen.reports.ScoreColumn;

/**
 * Scores with model packages: each chunk is scored by every model in one batched call, giving per
 * task the ensemble mean, its spread and the applicability-domain similarity. Fingerprint models
 * get their features computed once per chunk for every model that reads the same featurizer
 * (the bundled models all read ECFP4 counts plus descriptors), with the descriptors the
 * preparation already computed; graph networks encode the standardized molecules themselves.
 */
final class ModelScorer implements BatchScorer {

    private final List<ModelPackage> models;
    private final List<ScoreColumn> columns = new ArrayList<>();

    ModelScorer(List<ModelPackage> models) {
        this.models = List.copyOf(models);
        if (models.stream().anyMatch(ModelPackage::isGraphModel)) {
            // the workers score in parallel: BLAS threads per product would only compete with them
            io.vscreen.models.gnn.GraphModel.scoreOnCallingThreads();
        }
        for (ModelPackage m : models) {
            ScoreColumn.Role role = switch (m.manifest().role()) {
                case EFFICACY -> ScoreColumn.Role.EFFICACY;
                case TOXICITY -> ScoreColumn.Role.TOXICITY;
                case PROPERTY -> ScoreColumn.Role.PROPERTY;
            };
            for (Task t : m.tasks()) {
                columns.add(new ScoreColumn(m.name(), t.name(), role, t.type() == TaskType.CLASSIFICATION
                        ? ScoreColumn.Kind.CLASSIFICATION : ScoreColumn.Kind.REGRESSION));
            }
        }
    }

    /** The model packages, in column order. */
    List<ModelPackage> packages() {
        return models;
    }

    @Override
    public List<ScoreColumn> columns() {
        return columns;
    }

    @Override
    public double[][] score(List<Processed.Prepared> compounds) {
        List<IAtomContainer> molecules = new ArrayList<>(compounds.size());
        for (Processed.Prepared c : compounds) {
            molecules.add(c.molecule());
        }
        double[][] out = new double[compounds.size()][3 * columns.size()];
        Map<String, Features> shared = new HashMap<>();
        int column = 0;
        for (ModelPackage m : models) {
            Features f = shared.computeIfAbsent(m.manifest().featurizer().describe(), k -> features(m, compounds));
            ScoreBatch batch = m.isGraphModel() ? m.scoreMolecules(molecules, f.features(), f.errors())
                    : m.scoreInputs(f.features(), f.errors());
            int tasks = m.tasks().size();
            for (int i = 0; i < out.length; i++) {
                for (int t = 0; t < tasks; t++) {
                    int at = 3 * (column + t);
                    boolean ok = batch.scored(i);
                    out[i][at] = ok ? batch.mean()[i][t] : Double.NaN;
                    out[i][at + 1] = ok && batch.std() != null ? batch.std()[i][t] : Double.NaN;
                    out[i][at + 2] = ok && batch.adSimilarity() != null ? batch.adSimilarity()[i] : Double.NaN;
                }
            }
            column += tasks;
        }
        return out;
    }

    /** The features of a chunk for one featurizer, with an error slot per compound. */
    private record Features(List<MoleculeFeatures> features, String[] errors) {
    }

    private static Features features(ModelPackage m, List<Processed.Prepared> compounds) {
        Featurizer featurizer = m.newFeaturizer();
        List<MoleculeFeatures> features = new ArrayList<>(compounds.size());
        String[] errors = new String[compounds.size()];
        for (int i = 0; i < compounds.size(); i++) {
            Processed.Prepared c = compounds.get(i);
            MoleculeFeatures f = null;
            try {
                f = featurizer.features(c.molecule(), c.compound().descriptors(), c.compound().circular());
            } catch (FeaturizationException e) {
                errors[i] = e.getMessage();
            }
            features.add(f);
        }
        return new Features(features, errors);
    }

    @Override
    public List<RunInfo.ModelInfo> models() {
        List<RunInfo.ModelInfo> list = new ArrayList<>();
        for (ModelPackage m : models) {
            Manifest man = m.manifest();
            Map<String, String> p = new LinkedHashMap<>();
            p.put("role", man.role().toString());
            p.put("location", String.valueOf(m.location()));
            p.put("featurizer", String.valueOf(man.featurizer()));
            p.put("ensemble", Integer.toString(man.ensembleSize()));
            if (man.provenance() != null) {
                p.put("data", String.valueOf(man.provenance().dataFile()));
                p.put("data_sha256", String.valueOf(man.provenance().dataSha256()));
            }
            if (man.files() != null) {
                man.files().forEach((file, sha) -> p.put("sha256:" + file, sha));
            }
            list.add(new RunInfo.ModelInfo(m.name(), man.version(), p));
        }
        return list;
    }
}
