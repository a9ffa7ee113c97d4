package io.vscreen.models.gnn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;

import org.nd4j.linalg.api.ndarray.INDArray;

import io.vscreen.chem.graph.GraphBatch;
import io.vscreen.chem.graph.MolGraph;

/**
 * Trains one {@link Dmpnn} with Adam on shuffled minibatches and stops early on the validation
 * set, keeping the weights of the best epoch. Deterministic for a seed on a given machine: the
 * seed fixes the initial weights, the minibatch order and the dropout masks.
 *
 * <p>Regression targets are standardized with the training set's mean and standard deviation;
 * classification tasks weigh positives by the square root of the training set's negative to
 * positive ratio (at least 1), which lifts rare actives without letting them swamp the loss. The
 * trained network's output biases are then shifted by {@code -ln(weight)}, so that it outputs
 * probabilities at the training set's prevalence rather than odds inflated by the weighting.
 */
public final class DmpnnTrainer {

    /**
     * One epoch's figures.
     *
     * @param epoch        1-based
     * @param validPerTask per task: ROC-AUC or RMSE on the validation set
     * @param validScore   the early-stopping score (higher is better)
     * @param seconds      wall time of the epoch including validation
     */
    public record Epoch(int epoch, double[] validPerTask, double validScore, double seconds) {
    }

    /** A trained network, the epoch whose weights it keeps, and every epoch's figures. */
    public record Trained(Dmpnn network, int bestEpoch, double bestScore, List<Epoch> history) {
    }

    private final DmpnnConfig config;
    private final boolean[] classification;

    /** @param classification per task: classification (true) or regression */
    public DmpnnTrainer(DmpnnConfig config, boolean[] classification) {
        this.config = config;
        this.classification = classification.clone();
    }

    /** The spec of a new network for this training set (target statistics, positive weights). */
    Dmpnn.Spec specFor(GraphDataset train, long seed) {
        int t = classification.length;
        float[] posWeight = new float[t];
        double[] mean = new double[t];
        double[] std = new double[t];
        for (int k = 0; k < t; k++) {
            double s = 0;
            double s2 = 0;
            int n = 0;
            int pos = 0;
            for (float[] row : train.labels()) {
                float v = row[k];
                if (!Float.isNaN(v)) {
                    s += v;
                    s2 += v * v;
                    n++;
                    if (v > 0.5f) {
                        pos++;
                    }
                }
            }
            if (classification[k]) {
                mean[k] = 0;
                std[k] = 1;
                posWeight[k] = pos == 0 ? 1f : (float) Math.max(1, Math.sqrt((n - pos) / (double) pos));
            } else {
                mean[k] = n == 0 ? 0 : s / n;
                double var = n < 2 ? 1 : (s2 - n * mean[k] * mean[k]) / (n - 1);
                std[k] = var > 1e-12 ? Math.sqrt(var) : 1;
                posWeight[k] = 1f;
            }
        }
        return new Dmpnn.Spec(Dmpnn.FORMAT, config, classification.clone(), posWeight, mean, std, seed,
                train.featureCount());
    }

    /** Trains with the given seed; {@code progress} receives every epoch (may be a no-op). */
    public Trained train(GraphDataset train, GraphDataset valid, long seed, Consumer<Epoch> progress) {
        if (train.size() == 0 || valid.size() == 0) {
            throw new IllegalArgumentException("empty training or validation set");
        }
        Dmpnn net = Dmpnn.create(specFor(train, seed));
        SplittableRandom rnd = new SplittableRandom(seed ^ 0x5DEECE66DL);
        int n = train.size();
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        List<Epoch> history = new ArrayList<>();
        Map<String, INDArray> best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        int bestEpoch = 0;
        for (int epoch = 1; epoch <= config.maxEpochs(); epoch++) {
            long t0 = System.nanoTime();
            for (int i = n - 1; i > 0; i--) {
                int j = rnd.nextInt(i + 1);
                int tmp = order[i];
                order[i] = order[j];
                order[j] = tmp;
            }
            List<GraphBatch> batches = new ArrayList<>();
            List<float[][]> labels = new ArrayList<>();
            List<float[][]> features = train.features() == null ? null : new ArrayList<>();
            for (int from = 0; from < n; from += config.batchSize()) {
                int to = Math.min(n, from + config.batchSize());
                List<MolGraph> graphs = new ArrayList<>(to - from);
                float[][] y = new float[to - from][];
                float[][] f = new float[to - from][];
                for (int i = from; i < to; i++) {
                    graphs.add(train.graphs().get(order[i]));
                    y[i - from] = train.labels()[order[i]];
                    f[i - from] = features == null ? null : train.features()[order[i]];
                }
                batches.add(GraphBatch.of(graphs));
                labels.add(y);
                if (features != null) {
                    features.add(f);
                }
            }
            net.fitEpoch(batches, features, labels, rnd);
            float[][] predicted = predict(net, valid.graphs(), valid.features(), 256);
            double[] perTask = TaskScores.perTask(classification, valid.labels(), predicted);
            double score = TaskScores.selectionScore(classification, net.spec().targetStd(), perTask);
            Epoch e = new Epoch(epoch, perTask, score, (System.nanoTime() - t0) / 1e9);
            history.add(e);
            progress.accept(e);
            if (score > bestScore || best == null) {
                bestScore = score;
                bestEpoch = epoch;
                best = net.weights();
            } else if (epoch - bestEpoch >= config.patience()) {
                break;
            }
        }
        net.setWeights(best);
        net.shiftOutputBias(priorShift(net.spec()));
        return new Trained(net, bestEpoch, bestScore, List.copyOf(history));
    }

    /**
     * Per task, {@code -ln(positive weight)} for classification tasks and 0 otherwise: the output
     * bias shift that turns a network trained with weighted actives back into one whose outputs
     * are probabilities at the training set's prevalence (as the MLP trainer stores its networks).
     */
    static double[] priorShift(Dmpnn.Spec spec) {
        double[] shift = new double[spec.taskCount()];
        for (int k = 0; k < shift.length; k++) {
            shift[k] = spec.classification()[k] ? -Math.log(spec.positiveWeight()[k]) : 0;
        }
        return shift;
    }

    /** Predictions for many molecules without molecule features, in minibatches of {@code batchSize}. */
    public static float[][] predict(Dmpnn net, List<MolGraph> graphs, int batchSize) {
        return predict(net, graphs, null, batchSize);
    }

    /**
     * Predictions for many molecules with their feature rows ({@code null} when the network takes
     * none), in minibatches of {@code batchSize}.
     */
    public static float[][] predict(Dmpnn net, List<MolGraph> graphs, float[][] features, int batchSize) {
        float[][] out = new float[graphs.size()][];
        for (int from = 0; from < graphs.size(); from += batchSize) {
            int to = Math.min(graphs.size(), from + batchSize);
            float[][] p = net.predict(GraphBatch.of(graphs.subList(from, to)),
                    features == null ? null : Arrays.copyOfRange(features, from, to));
            System.arraycopy(p, 0, out, from, p.length);
        }
        return out;
    }
}
