package io.vscreen.models.gnn;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.openscience.cdk.interfaces.IAtomContainer;

import io.vscreen.chem.graph.MolGraph;
import io.vscreen.models.ModelException;
import io.vscreen.models.ScoreBatch;
import io.vscreen.models.Task;
import io.vscreen.models.TaskType;
import io.vscreen.models.ad.ApplicabilityDomain;
import io.vscreen.models.features.DescriptorScaling;
import io.vscreen.models.features.FeaturizationException;
import io.vscreen.models.features.Featurizer;
import io.vscreen.models.features.MoleculeFeatures;
import io.vscreen.models.pkg.Manifest;

/**
 * The graph-network part of a model package whose heads have architecture {@value #ARCHITECTURE}:
 * one multitask {@link GnnEnsemble} over all the package's tasks (the manifest lists one head per
 * task type, in task order, all naming the same member files). Scores molecules directly; the
 * package's fingerprint featurizer still serves the applicability domain. Immutable and
 * thread-safe.
 */
public final class GraphModel {

    /** The manifest's architecture name for these heads. */
    public static final String ARCHITECTURE = "gnn";

    /** The manifest's weight format for these heads: the networks' variables ({@link NetworkWeights}). */
    public static final String WEIGHT_FORMAT = "dmpnn-float32-variables";

    /** The weight format of networks written before format 4: SameDiff graphs with their weights. */
    public static final String GRAPH_WEIGHT_FORMAT = "samediff-flatbuffers";

    /** Molecules per forward pass when scoring. */
    static final int BATCH = 256;

    private final GnnEnsemble ensemble;
    private final DescriptorScaling descriptors; // null unless the networks take descriptors

    /** A model whose networks take the graph alone. */
    public GraphModel(GnnEnsemble ensemble) {
        this(ensemble, null);
    }

    /**
     * A model whose networks also take the featurizer's scaled descriptors ({@code null} for none).
     *
     * @throws IllegalArgumentException when the networks take another number of molecule features
     */
    public GraphModel(GnnEnsemble ensemble, DescriptorScaling descriptors) {
        int expected = descriptors == null ? 0 : descriptors.count();
        if (ensemble.moleculeFeatures() != expected) {
            throw new IllegalArgumentException("the graph networks take " + ensemble.moleculeFeatures()
                    + " molecule features, the featurizer gives " + expected + " descriptors");
        }
        this.ensemble = ensemble;
        this.descriptors = descriptors;
    }

    /** The ensemble. */
    public GnnEnsemble ensemble() {
        return ensemble;
    }

    /**
     * Keeps the BLAS products of graph scoring on the calling thread, for callers that score on
     * several threads at once (a screen's workers). Otherwise every product wakes BLAS threads of
     * its own, which then spin waiting for work: on two cores, a screen with a graph network spent
     * about a fifth of its CPU time in {@code sched_yield}. Does nothing when
     * {@code OMP_NUM_THREADS} is set, which then decides.
     */
    public static void scoreOnCallingThreads() {
        if (System.getenv("OMP_NUM_THREADS") == null) {
            org.nd4j.linalg.factory.Nd4j.factory().blas().setMaxThreads(1);
        }
    }

    /** Whether a manifest describes a graph model. */
    public static boolean describes(Manifest m) {
        return m.heads() != null && !m.heads().isEmpty()
                && m.heads().stream().allMatch(h -> ARCHITECTURE.equals(h.architecture()));
    }

    /** The spec file stored beside a member's network file ({@code .dmpnn}, or {@code .sd} before format 4). */
    public static String specFile(String networkFile) {
        return networkFile.replaceFirst("\\.(dmpnn|sd)$", "") + ".json";
    }

    /**
     * Loads the members named by the manifest's heads from a package's files.
     *
     * @param where names the package in error messages
     */
    public static GraphModel load(String where, Manifest m, Map<String, byte[]> files) {
        List<String> members = m.heads().get(0).members();
        for (Manifest.Head h : m.heads()) {
            if (!h.members().equals(members)) {
                throw new ModelException(where + ": graph heads name different member files");
            }
        }
        List<Dmpnn> nets = new ArrayList<>();
        for (String file : members) {
            try {
                nets.add(Dmpnn.fromBytes(files.get(file), files.get(specFile(file)), where + ": " + file));
            } catch (IOException e) {
                throw new ModelException(e.getMessage(), e);
            }
        }
        GnnEnsemble ensemble;
        try {
            ensemble = new GnnEnsemble(nets);
        } catch (IllegalArgumentException e) {
            throw new ModelException(where + ": " + e.getMessage(), e);
        }
        int tasks = m.tasks().size();
        if (ensemble.taskCount() != tasks) {
            throw new ModelException(where + ": the graph network predicts " + ensemble.taskCount() + " tasks, the manifest lists "
                    + tasks);
        }
        boolean[] cls = nets.get(0).spec().classification();
        for (int t = 0; t < tasks; t++) {
            if (cls[t] != (m.tasks().get(t).type() == TaskType.CLASSIFICATION)) {
                throw new ModelException(where + ": task " + m.tasks().get(t).name() + " has another type in the network");
            }
        }
        DescriptorScaling d = m.featurizer().descriptors();
        if (d != null && !d.fitted()) {
            throw new ModelException(where + ": the featurizer's descriptor scaling is not fitted");
        }
        try {
            return new GraphModel(ensemble, d);
        } catch (IllegalArgumentException e) {
            throw new ModelException(where + ": " + e.getMessage(), e);
        }
    }

    /**
     * Scores molecules: graph encoding (and descriptors, when the networks take them) and ensemble
     * prediction, fingerprints for the applicability domain. A molecule that cannot be encoded or
     * featurized gets NaN scores and an error.
     */
    public ScoreBatch score(String name, List<Task> tasks, List<IAtomContainer> molecules, Featurizer featurizer,
            ApplicabilityDomain domain) {
        return score(name, tasks, molecules, null, null, featurizer, domain);
    }

    /**
     * Scores molecules as {@link #score(String, List, List, Featurizer, ApplicabilityDomain)}, with
     * their fingerprints and descriptors already computed by the package's featurizer (as a screen
     * computes them once for every model that reads them).
     *
     * @param features      per molecule, its features, or null when they could not be computed;
     *                      {@code null} to compute them here
     * @param featureErrors per molecule, why its features are missing (may be null)
     */
    public ScoreBatch score(String name, List<Task> tasks, List<IAtomContainer> molecules,
            List<MoleculeFeatures> features, String[] featureErrors, Featurizer featurizer, ApplicabilityDomain domain) {
        if (features != null && features.size() != molecules.size()) {
            throw new IllegalArgumentException(features.size() + " feature rows for " + molecules.size() + " molecules");
        }
        int n = molecules.size();
        String[] errors = new String[n];
        MoleculeGraphs.Encoded enc = new MoleculeGraphs().encode(molecules);
        List<MolGraph> graphs = new ArrayList<>(enc.graphs());
        List<MoleculeFeatures> computed = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            MoleculeFeatures f = null;
            if (!enc.ok(i)) {
                errors[i] = enc.errors().get(i);
            } else if (features != null) {
                f = features.get(i);
                if (f == null) {
                    String why = featureErrors == null ? null : featureErrors[i];
                    errors[i] = why == null ? "no features" : why;
                }
            } else {
                try {
                    f = descriptors == null ? MoleculeFeatures.ofBits(featurizer.onBits(molecules.get(i)))
                            : featurizer.features(molecules.get(i));
                } catch (FeaturizationException e) {
                    errors[i] = e.getMessage();
                }
            }
            if (f == null) {
                graphs.set(i, null);
            }
            computed.add(f);
        }
        return scoreGraphs(name, tasks, graphs, computed, errors, domain);
    }

    /**
     * Scores molecular graphs with the features of their molecules (the applicability-domain
     * fingerprint and, when the networks take them, the raw descriptors, as the package's
     * featurizer computes them). A null graph or features gives NaN scores and {@code errors[i]}.
     *
     * @param errors per graph, why it is missing (may be null); not modified
     * @param domain the applicability domain, or null when the caller needs no similarity (then NaN)
     */
    public ScoreBatch scoreGraphs(String name, List<Task> tasks, List<MolGraph> graphs, List<MoleculeFeatures> features,
            String[] errors, ApplicabilityDomain domain) {
        int n = graphs.size();
        if (features.size() != n) {
            throw new IllegalArgumentException(features.size() + " feature rows for " + n + " graphs");
        }
        int nt = tasks.size();
        float[][] mean = new float[n][];
        float[][] std = new float[n][];
        float[] ad = new float[n];
        String[] why = new String[n];
        List<MolGraph> ok = new ArrayList<>();
        List<float[]> okFeatures = new ArrayList<>();
        List<Integer> okIndex = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            MoleculeFeatures f = features.get(i);
            if (graphs.get(i) != null && f != null) {
                ad[i] = domain == null ? Float.NaN : domain.maxSimilarity(f.onBits());
                if (descriptors != null) {
                    okFeatures.add(descriptors.scaled(f.descriptors()));
                }
                ok.add(graphs.get(i));
                okIndex.add(i);
            } else {
                why[i] = errors != null && errors[i] != null ? errors[i]
                        : graphs.get(i) == null ? "no structure" : "no features";
                mean[i] = nan(nt);
                std[i] = nan(nt);
                ad[i] = Float.NaN;
            }
        }
        for (int from = 0; from < ok.size(); from += BATCH) {
            int to = Math.min(ok.size(), from + BATCH);
            GnnEnsemble.Prediction p = ensemble.predict(ok.subList(from, to),
                    descriptors == null ? null : okFeatures.subList(from, to).toArray(new float[0][]));
            for (int j = from; j < to; j++) {
                mean[okIndex.get(j)] = p.mean()[j - from];
                std[okIndex.get(j)] = p.std()[j - from];
            }
        }
        return new ScoreBatch(name, tasks, mean, std, ad, why);
    }

    private static float[] nan(int n) {
        float[] f = new float[n];
        Arrays.fill(f, Float.NaN);
        return f;
    }
}
