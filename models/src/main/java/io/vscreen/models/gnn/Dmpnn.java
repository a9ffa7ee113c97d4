package io.vscreen.models.gnn;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.TrainingConfig;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.MultiDataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.vscreen.chem.graph.GraphBatch;
import io.vscreen.chem.graph.MolGraph;

/**
 * A directed message-passing neural network (D-MPNN, Yang et al. 2019, as in Chemprop) in SameDiff,
 * one multitask network over a disjoint batch of molecular graphs.
 *
 * <p>With {@code x_v} the atom features, {@code e_uv} the features of directed bond {@code u->v}:
 * <pre>
 *   h0_uv      = ReLU(W_i [x_u ; e_uv])
 *   m_uv       = sum over k in N(u) of h_ku  -  h_vu      (incoming to u, except the reverse edge)
 *   h_uv       = ReLU(h0_uv + W_m m_uv)                  (depth - 1 times)
 *   a_v        = ReLU(W_a [x_v ; sum over k in N(v) of h_kv] + b_a)
 *   molecule   = mean or sum of a_v over the molecule's atoms
 *   output     = feed-forward head, one logit per task
 * </pre>
 * Gathers by edge source, sums over edge targets and the readout are matrix products with the
 * batch's structure matrices ({@link GraphInputs}); the reverse edge's message is a fixed swap
 * within each pair of edge rows. (ND4J 1.0.0-M2.1's segment sums keep their outputs in native
 * memory for the life of the process; matrix products do not.)
 * Classification tasks output a probability (sigmoid of the logit); regression tasks are trained on
 * standardized targets and output values in the task's units.
 *
 * <p>The loss is masked: a missing label (NaN) contributes nothing. Classification uses binary
 * cross-entropy with a per-task positive-class weight; regression the squared error; the loss is
 * the mean over present labels.
 *
 * <p>Not thread-safe for training. Scoring ({@link #predict}, {@link #logits}) runs in plain Java
 * on a snapshot of the weights ({@link DmpnnForward}), so a trained network may be shared by
 * scoring threads.
 */
public final class Dmpnn {

    /**
     * Version of the network layout new networks are written in. Format 4 stores the trained
     * variables only ({@link NetworkWeights}, {@code base.dmpnn}) and rebuilds the graph from the
     * spec; formats 2 and 3 stored the whole SameDiff graph ({@code base.sd}), constants included,
     * and are read as they are. Format 3 added molecule features beside the readout (format 2
     * networks have none).
     */
    public static final int FORMAT = 4;

    /** The first format that stores the variables only. */
    static final int WEIGHTS_ONLY_FORMAT = 4;

    /** The oldest layout this build reads. */
    static final int OLDEST_FORMAT = 2;

    static final String LOGITS = "logits";
    static final String LOSS = "loss";
    static final String LABELS = "labels";
    static final String MASK = "labelMask";
    /** Network file of formats 4 and later: the variables. */
    public static final String NETWORK_FILE = ".dmpnn";
    /** Network file of formats 2 and 3: the SameDiff graph with its variables and constants. */
    public static final String GRAPH_FILE = ".sd";
    private static final String SPEC_FILE = ".json";

    /**
     * Everything besides the weights that a saved network needs.
     *
     * @param config         hyper-parameters
     * @param classification per task: classification (true) or regression
     * @param positiveWeight per task: weight of positive examples in the loss (1 for regression)
     * @param targetMean     per task: mean of the regression target (0 for classification)
     * @param targetStd      per task: standard deviation of the regression target (1 for classification)
     * @param seed           seed of the initial weights and the minibatch order
     * @param moleculeFeatures number of whole-molecule features (e.g. scaled descriptors) joined to
     *                       the readout before the head; 0 for none (and in format 2 specs)
     */
    public record Spec(int format, DmpnnConfig config, boolean[] classification, float[] positiveWeight,
            double[] targetMean, double[] targetStd, long seed, int moleculeFeatures) {

        @com.fasterxml.jackson.annotation.JsonCreator
        public Spec {
            int t = classification.length;
            if (t == 0 || positiveWeight.length != t || targetMean.length != t || targetStd.length != t) {
                throw new IllegalArgumentException("per-task arrays differ in length");
            }
            if (moleculeFeatures < 0) {
                throw new IllegalArgumentException("negative molecule feature count: " + moleculeFeatures);
            }
        }

        /** A spec without molecule features. */
        public Spec(int format, DmpnnConfig config, boolean[] classification, float[] positiveWeight,
                double[] targetMean, double[] targetStd, long seed) {
            this(format, config, classification, positiveWeight, targetMean, targetStd, seed, 0);
        }

        /** Number of tasks. */
        public int taskCount() {
            return classification.length;
        }

        /** This spec in another network format. */
        public Spec withFormat(int newFormat) {
            return new Spec(newFormat, config, classification, positiveWeight, targetMean, targetStd, seed, moleculeFeatures);
        }

        /** The network file's extension for this spec's format. */
        public String networkFile() {
            return format >= WEIGHTS_ONLY_FORMAT ? NETWORK_FILE : GRAPH_FILE;
        }
    }

    /**
     * ND4J's switch for SameDiff's array cache. Each SameDiff session (every {@code fit} and
     * {@code output} call) otherwise keeps the arrays it releases, up to a quarter of the native
     * memory limit, for reuse by arrays of the same shape; graph minibatches change shape from
     * batch to batch, so the caches of finished sessions pile up until the garbage collector
     * happens to run (gigabytes within minutes of training). Off, released arrays are freed at
     * once. Set before the first network is built unless the property was given explicitly.
     */
    static final String SAMEDIFF_ARRAY_CACHE = "org.nd4j.autodiff.samediff";

    static {
        if (System.getProperty(SAMEDIFF_ARRAY_CACHE) == null) {
            System.setProperty(SAMEDIFF_ARRAY_CACHE, "false");
        }
    }

    private final Spec spec;
    private final SameDiff sd;
    /** The scoring pass over the current weights; dropped whenever the weights change. */
    private volatile DmpnnForward forward;

    private Dmpnn(Spec spec, SameDiff sd) {
        this.spec = spec;
        this.sd = sd;
    }

    /** A freshly initialised network (Xavier-normal weights, zero biases, from {@code spec.seed()}). */
    public static Dmpnn create(Spec spec) {
        DmpnnConfig c = spec.config();
        int t = spec.taskCount();
        int h = c.hiddenSize();
        SplittableRandom rnd = new SplittableRandom(spec.seed());
        SameDiff sd = SameDiff.create();

        SDVariable atoms = sd.placeHolder(GraphInputs.ATOMS, DataType.FLOAT, -1, MolGraph.ATOM_DIM);
        SDVariable bonds = sd.placeHolder(GraphInputs.BONDS, DataType.FLOAT, -1, MolGraph.BOND_DIM);
        SDVariable source = sd.placeHolder(GraphInputs.SOURCE, DataType.FLOAT, -1, -1);
        SDVariable incomingEdges = sd.placeHolder(GraphInputs.INCOMING, DataType.FLOAT, -1, -1);
        SDVariable readout = sd.placeHolder(GraphInputs.READOUT, DataType.FLOAT, -1, -1);
        // swaps the two halves of a row pair: edge 2j's message becomes edge 2j + 1's and back
        float[] swap = new float[4 * h * h];
        for (int i = 0; i < h; i++) {
            swap[i * 2 * h + h + i] = 1f;
            swap[(h + i) * 2 * h + i] = 1f;
        }
        SDVariable reversePairs = sd.constant("reversePairs", Nd4j.create(swap, new long[] {2 * h, 2 * h}, 'c'));

        SDVariable wi = weight(sd, "W_i", MolGraph.ATOM_DIM + MolGraph.BOND_DIM, h, rnd);
        SDVariable wm = weight(sd, "W_m", h, h, rnd);
        SDVariable wa = weight(sd, "W_a", MolGraph.ATOM_DIM + h, h, rnd);
        SDVariable ba = sd.var("b_a", Nd4j.zeros(DataType.FLOAT, 1, h));

        SDVariable h0 = sd.nn().relu(sd.concat(1, source.mmul(atoms), bonds).mmul(wi), 0);
        SDVariable msg = h0;
        for (int d = 1; d < c.depth(); d++) {
            SDVariable incoming = incomingEdges.mmul(msg);
            SDVariable reverse = sd.reshape(sd.reshape(msg, -1, 2 * h).mmul(reversePairs), -1, h);
            SDVariable m = source.mmul(incoming).sub(reverse);
            msg = sd.nn().relu(h0.add(m.mmul(wm)), 0);
        }
        SDVariable incoming = incomingEdges.mmul(msg);
        SDVariable atomState = sd.nn().relu(sd.concat(1, atoms, incoming).mmul(wa).add(ba), 0);
        SDVariable x = readout.mmul(atomState);
        int width = h;
        if (spec.moleculeFeatures() > 0) {
            x = sd.concat(1, x, sd.placeHolder(GraphInputs.MOLECULE, DataType.FLOAT, -1, spec.moleculeFeatures()));
            width += spec.moleculeFeatures();
        }

        for (int l = 0; l <= c.ffnLayers(); l++) {
            x = x.mul(sd.placeHolder(GraphInputs.dropName(l), DataType.FLOAT, -1, width));
            int out = l == c.ffnLayers() ? t : c.ffnHiddenSize();
            SDVariable w = weight(sd, "W_ffn" + l, width, out, rnd);
            SDVariable b = sd.var("b_ffn" + l, Nd4j.zeros(DataType.FLOAT, 1, out));
            x = x.mmul(w).add(b);
            if (l < c.ffnLayers()) {
                x = sd.nn().relu(x, 0);
            }
            width = out;
        }
        SDVariable z = sd.identity(LOGITS, x);

        SDVariable y = sd.placeHolder(LABELS, DataType.FLOAT, -1, t);
        SDVariable mask = sd.placeHolder(MASK, DataType.FLOAT, -1, t);
        float[] cls = new float[t];
        for (int i = 0; i < t; i++) {
            cls[i] = spec.classification()[i] ? 1f : 0f;
        }
        SDVariable isClass = sd.constant("isClassification", Nd4j.create(cls, new long[] {1, t}, 'c'));
        SDVariable posWeight = sd.constant("positiveWeight",
                Nd4j.create(spec.positiveWeight().clone(), new long[] {1, t}, 'c'));
        // softplus(z) = max(z, 0) + log(1 + exp(-|z|)), stable for large |z|
        SDVariable softplus = sd.nn().relu(z, 0).add(sd.math().log1p(sd.math().exp(sd.math().abs(z).neg())));
        SDVariable softplusNeg = softplus.sub(z);
        SDVariable bce = posWeight.mul(y).mul(softplusNeg).add(y.rsub(1.0).mul(softplus));
        SDVariable sq = sd.math().square(z.sub(y));
        SDVariable perLabel = isClass.mul(bce).add(isClass.rsub(1.0).mul(sq)).mul(mask);
        SDVariable loss = perLabel.sum().div(mask.sum().add(1e-6));
        sd.identity(LOSS, loss);
        sd.setLossVariables(LOSS);
        Dmpnn net = new Dmpnn(spec, sd);
        net.configureTraining();
        return net;
    }

    private static SDVariable weight(SameDiff sd, String name, int in, int out, SplittableRandom rnd) {
        double scale = Math.sqrt(2.0 / (in + out));
        float[] w = new float[in * out];
        for (int i = 0; i < w.length; i++) {
            w[i] = (float) (gaussian(rnd) * scale);
        }
        return sd.var(name, Nd4j.create(w, new long[] {in, out}, 'c'));
    }

    private static double gaussian(SplittableRandom rnd) {
        double u1 = 1.0 - rnd.nextDouble();
        double u2 = rnd.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }

    private List<String> featureNames() {
        List<String> names = new ArrayList<>(Arrays.asList(GraphInputs.graphNames()));
        if (spec.moleculeFeatures() > 0) {
            names.add(GraphInputs.MOLECULE);
        }
        for (int l = 0; l <= spec.config().ffnLayers(); l++) {
            names.add(GraphInputs.dropName(l));
        }
        return names;
    }

    private void configureTraining() {
        sd.setTrainingConfig(TrainingConfig.builder()
                .updater(new Adam(spec.config().learningRate()))
                .dataSetFeatureMapping(featureNames())
                .dataSetLabelMapping(LABELS, MASK)
                .build());
    }

    /** The network's specification. */
    public Spec spec() {
        return spec;
    }

    /** Number of tasks. */
    public int taskCount() {
        return spec.taskCount();
    }

    /** Dropout keep-masks: scaled Bernoulli masks when {@code rnd} is given, ones otherwise. */
    private INDArray[] keepMasks(int molecules, SplittableRandom rnd) {
        DmpnnConfig c = spec.config();
        INDArray[] masks = new INDArray[c.ffnLayers() + 1];
        for (int l = 0; l <= c.ffnLayers(); l++) {
            int width = l == 0 ? c.hiddenSize() + spec.moleculeFeatures() : c.ffnHiddenSize();
            float[] v = new float[molecules * width];
            if (rnd == null || c.dropout() == 0) {
                Arrays.fill(v, 1f);
            } else {
                float keep = (float) (1 - c.dropout());
                for (int i = 0; i < v.length; i++) {
                    v[i] = rnd.nextDouble() < keep ? 1f / keep : 0f;
                }
            }
            masks[l] = Nd4j.create(v, new long[] {molecules, width}, 'c');
        }
        return masks;
    }

    private Map<String, INDArray> inferenceInputs(GraphBatch batch, float[][] features) {
        return inferenceInputs(batch, features, 0, batch.moleculeCount());
    }

    private Map<String, INDArray> inferenceInputs(GraphBatch batch, float[][] features, int from, int to) {
        Map<String, INDArray> map = GraphInputs.map(batch, from, to, spec.config().readout());
        if (spec.moleculeFeatures() > 0) {
            map.put(GraphInputs.MOLECULE, GraphInputs.moleculeFeatures(features, from, to, spec.moleculeFeatures()));
        }
        INDArray[] masks = keepMasks(to - from, null);
        for (int l = 0; l < masks.length; l++) {
            map.put(GraphInputs.dropName(l), masks[l]);
        }
        return map;
    }

    /** Standardized labels and the label mask (1 where a label is present). */
    private INDArray[] targets(float[][] labels) {
        int t = taskCount();
        int m = labels.length;
        float[] y = new float[m * t];
        float[] mask = new float[m * t];
        for (int i = 0; i < m; i++) {
            if (labels[i].length != t) {
                throw new IllegalArgumentException("label row " + i + " has " + labels[i].length + " values, expected " + t);
            }
            for (int k = 0; k < t; k++) {
                float v = labels[i][k];
                if (!Float.isNaN(v)) {
                    y[i * t + k] = (float) ((v - spec.targetMean()[k]) / spec.targetStd()[k]);
                    mask[i * t + k] = 1f;
                }
            }
        }
        return new INDArray[] {Nd4j.create(y, new long[] {m, t}, 'c'), Nd4j.create(mask, new long[] {m, t}, 'c')};
    }

    private MultiDataSet dataSet(GraphBatch batch, float[][] molecule, float[][] labels, SplittableRandom rnd) {
        if (labels.length != batch.moleculeCount()) {
            throw new IllegalArgumentException(labels.length + " label rows for " + batch.moleculeCount() + " molecules");
        }
        List<INDArray> features = new ArrayList<>(Arrays.asList(GraphInputs.arrays(batch, spec.config().readout())));
        if (spec.moleculeFeatures() > 0) {
            features.add(GraphInputs.moleculeFeatures(molecule, 0, batch.moleculeCount(), spec.moleculeFeatures()));
        }
        features.addAll(Arrays.asList(keepMasks(batch.moleculeCount(), rnd)));
        return new MultiDataSet(features.toArray(new INDArray[0]), targets(labels));
    }

    /**
     * One Adam step on a minibatch of a network without molecule features.
     *
     * @param labels per molecule and task, in task units; NaN where missing
     * @param rnd    source of the dropout masks
     */
    public void fit(GraphBatch batch, float[][] labels, SplittableRandom rnd) {
        fit(batch, null, labels, rnd);
    }

    /**
     * One Adam step on a minibatch.
     *
     * @param molecule per molecule, its {@link Spec#moleculeFeatures()} features (null when there are none)
     * @param labels   per molecule and task, in task units; NaN where missing
     * @param rnd      source of the dropout masks
     */
    public void fit(GraphBatch batch, float[][] molecule, float[][] labels, SplittableRandom rnd) {
        forward = null;
        sd.fit(dataSet(batch, molecule, labels, rnd));
    }

    /**
     * One epoch: an Adam step on each minibatch in order, in a single SameDiff training session.
     *
     * @param batches minibatches of graphs
     * @param labels  per minibatch, per molecule and task, in task units; NaN where missing
     * @param rnd     source of the dropout masks
     */
    public void fitEpoch(List<GraphBatch> batches, List<float[][]> labels, SplittableRandom rnd) {
        fitEpoch(batches, null, labels, rnd);
    }

    /**
     * One epoch as {@link #fitEpoch(List, List, SplittableRandom)}, for a network with molecule features.
     *
     * @param molecule per minibatch, per molecule, its features (null when the network takes none)
     */
    public void fitEpoch(List<GraphBatch> batches, List<float[][]> molecule, List<float[][]> labels,
            SplittableRandom rnd) {
        if (batches.size() != labels.size() || (molecule != null && molecule.size() != batches.size())) {
            throw new IllegalArgumentException(batches.size() + " minibatches but " + labels.size() + " label sets");
        }
        forward = null;
        MultiDataSet[] previous = new MultiDataSet[1];
        sd.fit(new EpochBatches(batches.size(), i -> {
            // SameDiff is done with a minibatch when it asks for the next: free its native arrays now
            close(previous[0]);
            previous[0] = dataSet(batches.get(i), molecule == null ? null : molecule.get(i), labels.get(i), rnd);
            return previous[0];
        }), 1);
        close(previous[0]);
    }

    private static void close(MultiDataSet ds) {
        if (ds == null) {
            return;
        }
        for (INDArray a : ds.getFeatures()) {
            a.close();
        }
        for (INDArray a : ds.getLabels()) {
            a.close();
        }
    }

    private static void close(Map<String, INDArray> arrays) {
        arrays.values().forEach(INDArray::close);
    }

    /** The masked loss of a batch without dropout (labels in task units, NaN where missing). */
    public double loss(GraphBatch batch, float[][] labels) {
        return loss(batch, null, labels);
    }

    /** The masked loss of a batch with its molecule features, without dropout. */
    public double loss(GraphBatch batch, float[][] molecule, float[][] labels) {
        Map<String, INDArray> in = inferenceInputs(batch, molecule);
        INDArray[] yt = targets(labels);
        in.put(LABELS, yt[0]);
        in.put(MASK, yt[1]);
        return sd.output(in, LOSS).get(LOSS).getDouble(0);
    }

    /** Gradients of the masked loss with respect to every weight, without dropout. */
    public Map<String, INDArray> gradients(GraphBatch batch, float[][] labels) {
        return gradients(batch, null, labels);
    }

    /** Gradients of the masked loss of a batch with its molecule features, without dropout. */
    public Map<String, INDArray> gradients(GraphBatch batch, float[][] molecule, float[][] labels) {
        Map<String, INDArray> in = inferenceInputs(batch, molecule);
        INDArray[] yt = targets(labels);
        in.put(LABELS, yt[0]);
        in.put(MASK, yt[1]);
        List<String> weights = new ArrayList<>();
        for (SDVariable v : sd.variables()) {
            if (v.getVariableType() == org.nd4j.autodiff.samediff.VariableType.VARIABLE) {
                weights.add(v.name());
            }
        }
        return sd.calculateGradients(in, weights);
    }

    /** Raw outputs: logits for classification, standardized values for regression; molecules x tasks. */
    public float[][] logits(GraphBatch batch) {
        return logits(batch, null);
    }

    /**
     * Raw outputs of molecules with their features (null when the network takes none): logits for
     * classification, standardized values for regression; molecules x tasks. Computed by
     * {@link DmpnnForward} from the current weights.
     */
    public float[][] logits(GraphBatch batch, float[][] molecule) {
        if (spec.moleculeFeatures() > 0) {
            GraphInputs.checkMoleculeFeatures(molecule, 0, batch.moleculeCount(), spec.moleculeFeatures());
        }
        if (batch.moleculeCount() == 0) {
            return new float[0][];
        }
        DmpnnForward f = forward;
        if (f == null) {
            synchronized (this) {
                Map<String, INDArray> w = weights();
                f = new DmpnnForward(spec, w);
                close(w);
                forward = f;
            }
        }
        return f.logits(batch, molecule);
    }

    /**
     * Raw outputs as {@link #logits(GraphBatch, float[][])} computed by the SameDiff graph (the
     * one training differentiates), in runs of at most {@link GraphInputs#ATOM_BUDGET} atoms.
     */
    synchronized float[][] graphLogits(GraphBatch batch, float[][] molecule) {
        if (batch.moleculeCount() == 0) {
            return new float[0][];
        }
        float[][] out = new float[batch.moleculeCount()][];
        int[] cuts = GraphInputs.runs(batch);
        for (int r = 0; r + 1 < cuts.length; r++) {
            Map<String, INDArray> in = inferenceInputs(batch, molecule, cuts[r], cuts[r + 1]);
            INDArray z = sd.output(in, LOGITS).get(LOGITS);
            float[][] part = z.toFloatMatrix();
            System.arraycopy(part, 0, out, cuts[r], part.length);
            close(in);
            z.close();
        }
        return out;
    }

    /**
     * Predictions, molecules x tasks: probability of the positive class for classification tasks,
     * the value in the task's units for regression tasks.
     */
    public float[][] predict(GraphBatch batch) {
        return predict(batch, null);
    }

    /**
     * Predictions as {@link #predict(GraphBatch)} for molecules with their features (null when
     * the network takes none).
     */
    public float[][] predict(GraphBatch batch, float[][] molecule) {
        float[][] z = logits(batch, molecule);
        for (float[] row : z) {
            for (int k = 0; k < row.length; k++) {
                row[k] = spec.classification()[k]
                        ? (float) (1 / (1 + Math.exp(-row[k])))
                        : (float) (row[k] * spec.targetStd()[k] + spec.targetMean()[k]);
            }
        }
        return z;
    }

    /** A copy of the current weights (for keeping the best epoch). */
    public Map<String, INDArray> weights() {
        Map<String, INDArray> copy = new java.util.LinkedHashMap<>();
        for (SDVariable v : sd.variables()) {
            if (v.getVariableType() == org.nd4j.autodiff.samediff.VariableType.VARIABLE) {
                copy.put(v.name(), v.getArr().dup());
            }
        }
        return copy;
    }

    /** Restores weights taken with {@link #weights()}. */
    public void setWeights(Map<String, INDArray> weights) {
        forward = null;
        for (Map.Entry<String, INDArray> e : weights.entrySet()) {
            sd.getVariable(e.getKey()).getArr().assign(e.getValue());
        }
    }

    /**
     * Adds {@code shift[k]} to the output bias of task {@code k} (the last head layer's bias).
     * With {@code -ln(positiveWeight)} for classification tasks it undoes what weighting the
     * actives did to the odds, so that outputs are again probabilities at the training set's
     * prevalence; rankings do not change.
     */
    public void shiftOutputBias(double[] shift) {
        if (shift.length != taskCount()) {
            throw new IllegalArgumentException(shift.length + " shifts for " + taskCount() + " tasks");
        }
        INDArray b = sd.getVariable("b_ffn" + spec.config().ffnLayers()).getArr();
        for (int k = 0; k < shift.length; k++) {
            b.putScalar(0, k, b.getDouble(0, k) + shift[k]);
        }
        forward = null;
    }

    /**
     * Files written by {@link #save} for a network of the current format saved under {@code base}:
     * the network ({@code base.dmpnn}) and the spec ({@code base.json}).
     */
    public static List<Path> files(Path dir, String base) {
        return List.of(dir.resolve(base + NETWORK_FILE), dir.resolve(base + SPEC_FILE));
    }

    /**
     * Writes the network file of its spec's format ({@code base.dmpnn}, or {@code base.sd} for a
     * format 2 or 3 spec) and {@code base.json} (the spec).
     */
    public void save(Path dir, String base) throws IOException {
        Files.createDirectories(dir);
        Files.write(dir.resolve(base + spec.networkFile()), networkBytes());
        Files.write(dir.resolve(base + SPEC_FILE), specBytes());
    }

    /**
     * The network file of the spec's format: the trained variables ({@link NetworkWeights}) for
     * format 4 and later, the SameDiff graph with weights (FlatBuffers) for formats 2 and 3.
     */
    public byte[] networkBytes() {
        if (spec.format() >= WEIGHTS_ONLY_FORMAT) {
            return NetworkWeights.write(variables());
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        sd.save(out, false);
        return out.toByteArray();
    }

    /**
     * This network in the current format ({@link #FORMAT}): the same variables in a graph built
     * from the spec, so it scores exactly as this one does and its files hold no constants.
     */
    public Dmpnn upgraded() {
        if (spec.format() == FORMAT) {
            return this;
        }
        Dmpnn net = create(spec.withFormat(FORMAT));
        try {
            net.assign(variables(), "network");
        } catch (IOException e) {
            throw new IllegalStateException("a network's own variables do not fit its spec: " + e.getMessage(), e);
        }
        return net;
    }

    /** The trained variables by name (the graph's arrays, not copies). */
    private Map<String, INDArray> variables() {
        Map<String, INDArray> variables = new java.util.LinkedHashMap<>();
        for (SDVariable v : sd.variables()) {
            if (v.getVariableType() == org.nd4j.autodiff.samediff.VariableType.VARIABLE) {
                variables.put(v.name(), v.getArr());
            }
        }
        return variables;
    }

    /** This network under a spec of another format (same graph); for writing test networks of older formats. */
    Dmpnn withFormat(int format) {
        return new Dmpnn(spec.withFormat(format), sd);
    }

    /** Sets every variable of this network's graph to the stored value of the same name and shape. */
    private void assign(Map<String, INDArray> stored, String where) throws IOException {
        java.util.Set<String> unused = new java.util.TreeSet<>(stored.keySet());
        for (SDVariable v : sd.variables()) {
            if (v.getVariableType() != org.nd4j.autodiff.samediff.VariableType.VARIABLE) {
                continue;
            }
            INDArray value = stored.get(v.name());
            if (value == null) {
                throw new IOException(where + ": the network lacks variable " + v.name());
            }
            if (!Arrays.equals(value.shape(), v.getArr().shape())) {
                throw new IOException(where + ": variable " + v.name() + " has shape " + Arrays.toString(value.shape())
                        + ", the spec gives " + Arrays.toString(v.getArr().shape()));
            }
            v.getArr().assign(value);
            unused.remove(v.name());
        }
        if (!unused.isEmpty()) {
            throw new IOException(where + ": variables the spec does not have: " + unused);
        }
        forward = null;
    }

    /** The spec as JSON, as {@link #save} writes to {@code base.json}. */
    public byte[] specBytes() {
        try {
            return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(spec);
        } catch (IOException e) {
            throw new IllegalStateException("network spec cannot be written: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a network from the bytes of {@link #networkBytes()} and {@link #specBytes()}.
     *
     * @param where names the source in error messages
     */
    public static Dmpnn fromBytes(byte[] graph, byte[] specJson, String where) throws IOException {
        if (graph == null || specJson == null) {
            throw new IOException(where + ": network file missing");
        }
        Spec spec;
        try {
            spec = new ObjectMapper().readValue(specJson, Spec.class);
        } catch (IOException e) {
            throw new IOException(where + ": unreadable network spec: " + e.getMessage(), e);
        }
        if (spec.format() < OLDEST_FORMAT || spec.format() > FORMAT) {
            throw new IOException(where + ": network format " + spec.format() + " is not readable (expected "
                    + OLDEST_FORMAT + " to " + FORMAT + ")");
        }
        if (spec.format() < 3 && spec.moleculeFeatures() != 0) {
            throw new IOException(where + ": network format " + spec.format() + " cannot take molecule features");
        }
        if (spec.format() >= WEIGHTS_ONLY_FORMAT) {
            Dmpnn net = create(spec);
            net.assign(NetworkWeights.read(graph, where), where);
            return net;
        }
        SameDiff sd;
        try {
            sd = SameDiff.load(new java.io.ByteArrayInputStream(graph), false);
        } catch (RuntimeException e) {
            throw new IOException(where + ": not a readable network: " + e.getMessage(), e);
        }
        Dmpnn net = new Dmpnn(spec, sd);
        net.configureTraining();
        return net;
    }

    /** Reads a network written by {@link #save} (any readable format). */
    public static Dmpnn load(Path dir, String base) throws IOException {
        Path spec = dir.resolve(base + SPEC_FILE);
        Path network = dir.resolve(base + NETWORK_FILE);
        if (!Files.isRegularFile(network) && Files.isRegularFile(dir.resolve(base + GRAPH_FILE))) {
            network = dir.resolve(base + GRAPH_FILE);
        }
        for (Path p : List.of(network, spec)) {
            if (!Files.isRegularFile(p)) {
                throw new IOException(p + ": network file missing");
            }
        }
        return fromBytes(Files.readAllBytes(network), Files.readAllBytes(spec), network.toString());
    }
}
