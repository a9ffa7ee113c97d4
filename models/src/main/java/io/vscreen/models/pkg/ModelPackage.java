package io.vscreen.models.pkg;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.openscience.cdk.interfaces.IAtomContainer;

import io.vscreen.models.ModelException;
import io.vscreen.models.ScoreBatch;
import io.vscreen.models.Scorer;
import io.vscreen.models.Task;
import io.vscreen.models.TaskType;
import io.vscreen.models.ad.ApplicabilityDomain;
import io.vscreen.models.features.FeaturizationException;
import io.vscreen.models.features.Featurizer;
import io.vscreen.models.features.IncompatibleFeaturizerException;
import io.vscreen.models.features.ModelInput;
import io.vscreen.models.features.MoleculeFeatures;
import io.vscreen.models.nn.Mlp;
import io.vscreen.models.spi.FeatureScorer;
import io.vscreen.models.spi.ScorerContext;
import io.vscreen.models.spi.ScorerProvider;
import io.vscreen.models.spi.ScorerProviders;

/**
 * A loaded, verified model package and its {@link Scorer}.
 *
 * <p>{@link #load(Path)} refuses, with a message naming the package and the fault, a package
 * whose manifest is missing or unreadable, whose files are missing or do not match their sha256,
 * whose weight files are truncated, or whose featurizer this build cannot reproduce.
 *
 * <p>Heads of architecture {@code mlp} and {@code gnn} (graph networks) are built in; a head of any
 * other architecture is opened by the {@link ScorerProvider} of that name on the class path (see
 * {@link io.vscreen.models.spi}). A package with both {@code mlp} and {@code gnn} heads is a
 * {@link Consensus}, scored as the pooled ensemble of its {@link #parts()}. A head of architecture
 * {@code threshold} has no weights: it reads a classification task off a regression task of the
 * package ({@link Manifest.Threshold}).
 *
 * <p>Immutable and thread-safe: {@link #score} creates its featurizer per call, so one instance
 * can serve all threads of a batch job.
 */
public final class ModelPackage implements Scorer {
    /** The architecture of heads without weights that read a classification task off a regression task. */
    public static final String THRESHOLD = "threshold";

    private final Path location;
    private final Manifest manifest;
    private final List<HeadEnsemble> heads;
    private final int[] headOffsets;
    private final List<PluggedHead> plugged;
    private final ApplicabilityDomain domain;
    private final io.vscreen.models.gnn.GraphModel graph; // null unless the heads are graph networks
    private final List<ModelPackage> parts; // a consensus: its fingerprint networks, then its graph networks
    private final List<ThresholdHead> thresholds; // classification tasks read off regression tasks

    /** A head opened by a {@link ScorerProvider}, writing its tasks from {@code offset} on. */
    private record PluggedHead(int offset, FeatureScorer scorer) {
    }

    private ModelPackage(Path location, Manifest manifest, List<HeadEnsemble> heads, int[] headOffsets,
                         List<PluggedHead> plugged, ApplicabilityDomain domain, io.vscreen.models.gnn.GraphModel graph,
                         List<ModelPackage> parts, List<ThresholdHead> thresholds) {
        this.location = location;
        this.manifest = manifest;
        this.heads = List.copyOf(heads);
        this.headOffsets = headOffsets.clone();
        this.plugged = List.copyOf(plugged);
        this.domain = domain;
        this.graph = graph;
        this.parts = List.copyOf(parts);
        this.thresholds = List.copyOf(thresholds);
    }

    /** Loads and verifies a package directory or zip. */
    public static ModelPackage load(Path location) {
        Map<String, byte[]> files = PackageFiles.read(location);
        String where = "model package " + location;
        Manifest m = readManifest(where, files);
        where = "model '" + m.name() + "' (" + location + ")";
        verifyHashes(where, m, files);
        try {
            Featurizer.create(m.featurizer());
        } catch (IncompatibleFeaturizerException e) {
            throw new ModelException(where + " cannot be used: " + e.getMessage(), e);
        }
        if (m.featurizer().descriptors() != null && !m.featurizer().descriptors().fitted()) {
            throw new ModelException(where + ": featurizer " + m.featurizer().label()
                    + " has descriptors without the scaling fitted on training data (center and scale)");
        }
        if (Consensus.describes(m)) {
            List<ModelPackage> parts = new ArrayList<>();
            for (Manifest part : Consensus.parts(where, m)) {
                parts.add(assemble(location, where + " (its " + Consensus.partName(part) + ")", part, files));
            }
            return new ModelPackage(location, m, parts.get(0).heads, parts.get(0).headOffsets, List.of(),
                    parts.get(0).domain, null, parts, List.of());
        }
        return assemble(location, where, m, files);
    }

    /** The scorer of a verified manifest whose heads are all of one kind (graph networks, or not). */
    private static ModelPackage assemble(Path location, String where, Manifest m, Map<String, byte[]> files) {
        List<HeadEnsemble> heads = new ArrayList<>();
        List<Integer> headOffsets = new ArrayList<>();
        List<PluggedHead> plugged = new ArrayList<>();
        List<String> headTasks = new ArrayList<>();
        Map<Integer, Manifest.Head> thresholdHeads = new LinkedHashMap<>();
        io.vscreen.models.gnn.GraphModel graph = null;
        if (io.vscreen.models.gnn.GraphModel.describes(m)) {
            graph = io.vscreen.models.gnn.GraphModel.load(where, m, files);
            m.heads().forEach(h -> headTasks.addAll(h.tasks()));
        }
        for (Manifest.Head h : graph != null ? List.<Manifest.Head>of() : m.heads()) {
            if (h.tasks() == null || h.members() == null) {
                throw new ModelException(where + ": head '" + h.name() + "' lacks tasks or members");
            }
            if (THRESHOLD.equals(h.architecture())) {
                if (h.threshold() == null || h.tasks().size() != 1 || h.type() != TaskType.CLASSIFICATION) {
                    throw new ModelException(where + ": threshold head '" + h.name() + "' needs one classification task "
                            + "and its threshold");
                }
                thresholdHeads.put(headTasks.size(), h);
                headTasks.addAll(h.tasks());
                continue;
            }
            if (!"mlp".equals(h.architecture())) {
                String arch = h.architecture();
                String model = where;
                if (!m.featurizer().isBitsOnly()) {
                    throw new ModelException(model + ": head '" + h.name() + "' of architecture '" + arch
                            + "' takes fingerprint bits, but the featurizer is " + m.featurizer().label());
                }
                ScorerProvider provider = ScorerProviders.find(arch).orElseThrow(() -> new ModelException(model
                        + ": architecture '" + arch + "' is not supported by this build (built in: mlp; providers on the "
                        + "class path: " + ScorerProviders.architectures() + ")"));
                plugged.add(new PluggedHead(headTasks.size(), provider.open(new ScorerContext(location, m, h, files))));
                headTasks.addAll(h.tasks());
                continue;
            }
            if (h.layers() == null || h.layers().size() < 2 || h.layers().get(0) != m.featurizer().width()) {
                throw new ModelException(where + ": head '" + h.name() + "' takes " + (h.layers() == null ? "?" : h.layers().get(0))
                        + " inputs but the featurizer " + m.featurizer().label() + " gives " + m.featurizer().width());
            }
            if (h.layers().get(h.layers().size() - 1) != h.tasks().size()) {
                throw new ModelException(where + ": head '" + h.name() + "' has " + h.layers().get(h.layers().size() - 1)
                        + " outputs for " + h.tasks().size() + " tasks");
            }
            List<Mlp> members = new ArrayList<>();
            for (String file : h.members()) {
                try {
                    members.add(Mlp.fromBytes(files.get(file), h.layers(), h.type()));
                } catch (IllegalArgumentException e) {
                    throw new ModelException(where + ": weight file " + file + " " + e.getMessage());
                }
            }
            heads.add(new HeadEnsemble(h, members));
            headOffsets.add(headTasks.size());
            headTasks.addAll(h.tasks());
        }
        List<String> declared = m.tasks().stream().map(Task::name).toList();
        if (!declared.equals(headTasks)) {
            throw new ModelException(where + ": tasks " + declared + " do not match the heads' tasks " + headTasks);
        }
        List<ThresholdHead> thresholds = new ArrayList<>();
        for (Map.Entry<Integer, Manifest.Head> t : thresholdHeads.entrySet()) {
            Manifest.Threshold th = t.getValue().threshold();
            int source = declared.indexOf(th.task());
            if (source < 0 || m.tasks().get(source).type() != TaskType.REGRESSION || thresholdHeads.containsKey(source)) {
                throw new ModelException(where + ": task " + declared.get(t.getKey()) + " is read off '" + th.task()
                        + "', which is no regression task of the package");
            }
            thresholds.add(new ThresholdHead(where, th, t.getKey(), source));
        }
        ApplicabilityDomain domain;
        try {
            domain = ApplicabilityDomain.fromBytes(files.get(m.applicabilityDomain()));
        } catch (IOException e) {
            throw new ModelException(where + ": " + m.applicabilityDomain() + ": " + e.getMessage(), e);
        }
        if (domain.bits() != m.featurizer().size()) {
            throw new ModelException(where + ": training fingerprints have " + domain.bits() + " bits, the featurizer "
                    + m.featurizer().size());
        }
        return new ModelPackage(location, m, heads, headOffsets.stream().mapToInt(Integer::intValue).toArray(), plugged,
                domain, graph, List.of(), thresholds);
    }

    /** Reads only the manifest, without verifying the weights (for listings). */
    public static Manifest readManifest(Path location) {
        return readManifest("model package " + location, PackageFiles.read(location));
    }

    private static Manifest readManifest(String where, Map<String, byte[]> files) {
        byte[] json = files.get(PackageFiles.MANIFEST);
        if (json == null) {
            throw new ModelException(where + " has no " + PackageFiles.MANIFEST);
        }
        Manifest m;
        try {
            m = Json.mapper().readValue(json, Manifest.class);
        } catch (IOException e) {
            throw new ModelException(where + ": " + PackageFiles.MANIFEST + " is not a valid manifest: "
                    + (e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()), e);
        } catch (RuntimeException e) {
            throw new ModelException(where + ": " + PackageFiles.MANIFEST + " is not a valid manifest: " + e.getMessage(), e);
        }
        if (m.format() != Manifest.FORMAT) {
            throw new ModelException(where + ": manifest format " + m.format() + " is not supported (this build reads "
                    + Manifest.FORMAT + ")");
        }
        if (m.name() == null || m.featurizer() == null || m.heads() == null || m.heads().isEmpty() || m.tasks() == null
                || m.files() == null || m.applicabilityDomain() == null) {
            throw new ModelException(where + ": manifest lacks name, tasks, featurizer, heads, files or applicabilityDomain");
        }
        return m;
    }

    private static void verifyHashes(String where, Manifest m, Map<String, byte[]> files) {
        List<String> needed = new ArrayList<>();
        needed.add(m.applicabilityDomain());
        m.heads().forEach(h -> needed.addAll(h.members()));
        for (String f : needed) {
            if (!m.files().containsKey(f)) {
                throw new ModelException(where + ": " + f + " has no sha256 in the manifest");
            }
        }
        for (Map.Entry<String, String> f : m.files().entrySet()) {
            byte[] data = files.get(f.getKey());
            if (data == null) {
                throw new ModelException(where + ": file " + f.getKey() + " is missing from the package");
            }
            String actual = Sha256.hex(data);
            if (!actual.equalsIgnoreCase(f.getValue())) {
                throw new ModelException(where + ": file " + f.getKey() + " is corrupt or was modified (sha256 "
                        + actual + ", manifest says " + f.getValue() + ")");
            }
        }
    }

    /**
     * Writes a package directory: every file, then {@code model.json} with the files' sha256
     * filled in. An existing {@code dir} is emptied of the package's own names only.
     */
    public static Manifest write(Path dir, Manifest manifest, Map<String, byte[]> files) throws IOException {
        Files.createDirectories(dir);
        Map<String, String> hashes = new TreeMap<>();
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            Path p = dir.resolve(f.getKey());
            Files.createDirectories(p.getParent());
            Files.write(p, f.getValue());
            hashes.put(f.getKey(), Sha256.hex(f.getValue()));
        }
        Manifest m = new Manifest(manifest.format(), manifest.name(), manifest.version(), manifest.role(),
                manifest.description(), manifest.tasks(), manifest.featurizer(), manifest.heads(), manifest.ensembleSize(),
                manifest.applicabilityDomain(), manifest.validation(), manifest.provenance(), new LinkedHashMap<>(hashes));
        Files.write(dir.resolve(PackageFiles.MANIFEST), Json.mapper().writeValueAsBytes(m));
        return m;
    }

    public Manifest manifest() {
        return manifest;
    }

    public Path location() {
        return location;
    }

    /** The fingerprint networks, one ensemble per task type, in task order (of a consensus: its MLP part's). */
    public List<HeadEnsemble> heads() {
        return heads;
    }

    public ApplicabilityDomain applicabilityDomain() {
        return domain;
    }

    @Override
    public String name() {
        return manifest.name();
    }

    @Override
    public List<Task> tasks() {
        return manifest.tasks();
    }

    /** A featurizer for this model's spec (one per thread). */
    public Featurizer newFeaturizer() {
        return Featurizer.create(manifest.featurizer());
    }

    /**
     * This package with only the fingerprint-network members whose index (0-based, in every head)
     * passes {@code keep}: the ensemble of those members, with the package's threshold heads and
     * applicability domain (out-of-fold scoring of cross-validated ensembles).
     *
     * @throws ModelException for graph networks, consensus packages and heads opened by providers
     */
    public ModelPackage members(java.util.function.IntPredicate keep) {
        if (graph != null || !parts.isEmpty() || !plugged.isEmpty()) {
            throw new ModelException("model '" + name() + "': only fingerprint networks can be split by member");
        }
        List<HeadEnsemble> kept = new ArrayList<>();
        for (HeadEnsemble h : heads) {
            List<Mlp> members = new ArrayList<>();
            for (int e = 0; e < h.members().size(); e++) {
                if (keep.test(e)) {
                    members.add(h.members().get(e));
                }
            }
            kept.add(new HeadEnsemble(h.head(), members));
        }
        return new ModelPackage(location, manifest, kept, headOffsets, plugged, domain, null, List.of(), thresholds);
    }

    /**
     * Whether this package holds graph networks (alone, or in a consensus), and so scores molecules
     * ({@link #score}, {@link #scoreMolecules}) rather than fingerprints.
     */
    public boolean isGraphModel() {
        return graph != null || parts.stream().anyMatch(ModelPackage::isGraphModel);
    }

    /**
     * The parts of a consensus package ({@link Consensus}): a package of its fingerprint networks
     * and one of its graph networks, each with the consensus's featurizer and applicability domain;
     * empty for any other package. Explanations weigh each part by its share of the members.
     */
    public List<ModelPackage> parts() {
        return parts;
    }

    /**
     * Scores standardized molecules (as {@link io.vscreen.chem.standardize.Standardizer} leaves
     * them; the model was trained on molecules standardized the same way). Bit models compute the
     * fingerprint only; count and descriptor models compute what their spec names.
     */
    @Override
    public ScoreBatch score(List<IAtomContainer> molecules) {
        if (!parts.isEmpty()) {
            Featurizer f = newFeaturizer();
            List<MoleculeFeatures> features = new ArrayList<>(molecules.size());
            String[] errors = new String[molecules.size()];
            for (int i = 0; i < molecules.size(); i++) {
                MoleculeFeatures mf = null;
                if (molecules.get(i) == null) {
                    errors[i] = "no structure";
                } else {
                    try {
                        mf = f.features(molecules.get(i));
                    } catch (FeaturizationException e) {
                        errors[i] = e.getMessage();
                    }
                }
                features.add(mf);
            }
            return scoreMolecules(molecules, features, errors);
        }
        if (graph != null) {
            return graph.score(name(), tasks(), molecules, newFeaturizer(), domain);
        }
        Featurizer f = newFeaturizer();
        boolean bitsOnly = manifest.featurizer().isBitsOnly();
        List<int[]> bits = new ArrayList<>(molecules.size());
        List<ModelInput> inputs = new ArrayList<>(molecules.size());
        String[] errors = new String[molecules.size()];
        for (int i = 0; i < molecules.size(); i++) {
            IAtomContainer mol = molecules.get(i);
            int[] b = null;
            ModelInput in = null;
            if (mol == null) {
                errors[i] = "no structure";
            } else {
                try {
                    if (bitsOnly) {
                        b = f.onBits(mol);
                        in = ModelInput.ofBits(b);
                    } else {
                        MoleculeFeatures mf = f.features(mol);
                        b = mf.onBits();
                        in = manifest.featurizer().input(mf);
                    }
                } catch (FeaturizationException e) {
                    errors[i] = e.getMessage();
                }
            }
            bits.add(b);
            inputs.add(in);
        }
        return scoreRows(bits, inputs, errors);
    }

    /**
     * Scores molecules already featurized with {@link #newFeaturizer()}'s {@link Featurizer#onBits};
     * a {@code null} entry is reported with {@code errors[i]} (which may be {@code null} to say
     * "not featurized"). Only for models whose input is the fingerprint's bits alone
     * ({@link io.vscreen.models.features.FeaturizerSpec#isBitsOnly()}); use
     * {@link #scoreInputs} for the others.
     *
     * @throws ModelException when the model takes counts or descriptors
     */
    public ScoreBatch scoreFeatures(List<int[]> onBits, String[] errors) {
        if (isGraphModel()) {
            throw new ModelException("model '" + name() + "' is a graph network: it scores molecules, not fingerprints");
        }
        if (!manifest.featurizer().isBitsOnly()) {
            throw new ModelException("model '" + name() + "' takes " + manifest.featurizer().label()
                    + ", not fingerprint bits alone: score molecules or their computed features (scoreInputs)");
        }
        List<ModelInput> inputs = new ArrayList<>(onBits.size());
        for (int[] b : onBits) {
            inputs.add(b == null ? null : ModelInput.ofBits(b));
        }
        return scoreRows(onBits, inputs, errors);
    }

    /**
     * Scores molecules whose raw features were computed with {@link #newFeaturizer()}'s
     * {@link Featurizer#features}; the model applies its count transform and descriptor scaling.
     * A {@code null} entry is reported with {@code errors[i]} (or "not featurized").
     */
    public ScoreBatch scoreInputs(List<MoleculeFeatures> features, String[] errors) {
        if (isGraphModel()) {
            throw new ModelException("model '" + name() + "' is a graph network: it scores molecules, not fingerprints");
        }
        List<int[]> bits = new ArrayList<>(features.size());
        List<ModelInput> inputs = new ArrayList<>(features.size());
        for (MoleculeFeatures mf : features) {
            bits.add(mf == null ? null : mf.onBits());
            inputs.add(mf == null ? null : manifest.featurizer().input(mf));
        }
        return scoreRows(bits, inputs, errors);
    }

    /**
     * Scores standardized molecules of a graph package with their raw features already computed
     * by {@link #newFeaturizer()}'s {@link Featurizer#features} (the applicability-domain
     * fingerprint and, when the networks take them, the descriptors). A {@code null} entry is
     * reported with {@code errors[i]} (or "no features").
     *
     * @throws ModelException when the package is not a graph network
     */
    public ScoreBatch scoreMolecules(List<IAtomContainer> molecules, List<MoleculeFeatures> features, String[] errors) {
        if (!parts.isEmpty()) {
            // the parts share one domain: the fingerprint part's similarity serves, the graph part skips it
            List<ScoreBatch> scores = new ArrayList<>();
            for (ModelPackage p : parts) {
                scores.add(p.isGraphModel() ? p.graph.score(name(), tasks(), molecules, features, errors, p.newFeaturizer(), null)
                        : p.scoreInputs(features, errors));
            }
            return Consensus.pool(name(), tasks(), parts, scores);
        }
        if (graph == null) {
            throw new ModelException("model '" + name() + "' is not a graph network: score its features (scoreInputs)");
        }
        return graph.score(name(), tasks(), molecules, features, errors, newFeaturizer(), domain);
    }

    /**
     * Scores molecular graphs of a graph package, each with the raw features of its molecule
     * ({@link #newFeaturizer()}'s {@link Featurizer#features}: the applicability-domain fingerprint
     * and the descriptors the networks take). For explanations that score a molecule's graph with
     * parts removed; a null graph or features gives NaN scores. The applicability-domain similarity
     * is not computed (NaN): the graphs are variants of molecules already scored.
     *
     * @throws ModelException when the package is not a graph network
     */
    public ScoreBatch scoreGraphs(List<io.vscreen.chem.graph.MolGraph> graphs, List<MoleculeFeatures> features) {
        if (graph == null) {
            throw new ModelException("model '" + name() + "' is not a graph network" + (parts.isEmpty()
                    ? ": score its features (scoreInputs)" : " but a consensus: its graph networks are one of its parts()"));
        }
        return graph.scoreGraphs(name(), tasks(), graphs, features, null, null);
    }

    private ScoreBatch scoreRows(List<int[]> onBits, List<ModelInput> inputs, String[] errors) {
        int n = onBits.size();
        int nt = manifest.tasks().size();
        float[][] mean = new float[n][nt];
        float[][] std = new float[n][nt];
        float[] ad = new float[n];
        String[] err = errors == null ? new String[n] : errors.clone();
        ApplicabilityDomain.Search search = domain.search();
        List<ModelInput> scored = new ArrayList<>(inputs);
        for (int i = 0; i < n; i++) {
            int[] bits = onBits.get(i);
            if (bits == null || inputs.get(i) == null) {
                scored.set(i, null);
                Arrays.fill(mean[i], Float.NaN);
                Arrays.fill(std[i], Float.NaN);
                ad[i] = Float.NaN;
                if (err[i] == null) {
                    err[i] = "not featurized";
                }
                continue;
            }
            ad[i] = search.maxSimilarity(bits);
        }
        for (int k = 0; k < heads.size(); k++) {
            heads.get(k).predict(scored, mean, std, headOffsets[k]);
        }
        for (PluggedHead p : plugged) {
            p.scorer().score(onBits, mean, std, p.offset());
        }
        for (ThresholdHead t : thresholds) {
            t.apply(mean, std);
        }
        return new ScoreBatch(name(), manifest.tasks(), mean, std, ad, err);
    }

    /** Whether task {@code t} is a classification. */
    public boolean isClassification(int t) {
        return manifest.tasks().get(t).type() == TaskType.CLASSIFICATION;
    }
}
