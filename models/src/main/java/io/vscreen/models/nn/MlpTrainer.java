package io.vscreen.models.nn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.impl.LossMSE;

import io.vscreen.models.TaskType;
import io.vscreen.models.features.FeatureMatrix;
import io.vscreen.models.features.ModelInput;
import io.vscreen.models.metrics.Metrics;

/**
 * Trains one multitask MLP on DL4J. Missing labels ({@code NaN}) get a zero label mask, so they
 * add nothing to the loss or its gradient; with class weighting, actives count with their task's
 * inactive/active ratio ({@link WeightedBinaryCrossEntropy}). Early stopping keeps the parameters of the epoch with the best
 * validation metric (mean ROC-AUC over tasks for classification, mean RMSE for regression).
 *
 * <p>Deterministic for a given seed (0 included) on a given backend: the network and dropout are
 * seeded, and the minibatch order comes from a seeded {@link Random}. A trainer holds no state between calls;
 * DL4J's global random generator is reseeded at the start of each call, so do not train two
 * models in parallel threads of one JVM if bit-identical results matter.
 */
public final class MlpTrainer {
    private final MlpConfig config;
    private final TaskType type;

    public MlpTrainer(MlpConfig config, TaskType type) {
        this.config = config;
        this.type = type;
    }

    /** A trained member: the weights of its best epoch and that epoch's validation metric. */
    public record Result(Mlp mlp, int bestEpoch, double bestMetric) {
    }

    /**
     * Trains on {@code trainBits}/{@code trainLabels} ({@code [molecule][task]}, {@code NaN} =
     * missing), validating each epoch on the validation rows.
     *
     * @param width the fingerprint size
     * @param member the ensemble member number, for progress reports
     * @param progress receives one report per epoch
     */
    public Result train(List<int[]> trainBits, double[][] trainLabels, List<int[]> validBits, double[][] validLabels,
                        int width, long seed, int member, Consumer<EpochReport> progress) {
        return trainInputs(trainBits.stream().map(ModelInput::ofBits).toList(), trainLabels,
                validBits.stream().map(ModelInput::ofBits).toList(), validLabels, width, seed, member, progress);
    }

    /**
     * Trains on sparse network inputs (fingerprint bits or counts, and descriptors, as
     * {@link io.vscreen.models.features.FeaturizerSpec#input} makes them), otherwise as
     * {@link #train}.
     *
     * @param width the number of network inputs
     */
    public Result trainInputs(List<ModelInput> trainInputs, double[][] trainLabels, List<ModelInput> validInputs,
                              double[][] validLabels, int width, long seed, int member, Consumer<EpochReport> progress) {
        int nTasks = trainLabels[0].length;
        Nd4j.getRandom().setSeed(generatorSeed(seed));
        double[] weights = positiveWeights(trainLabels);
        MultiLayerNetwork net = new MultiLayerNetwork(configuration(width, nTasks, seed, weights));
        net.init();

        INDArray x = FeatureMatrix.ofInputs(trainInputs, width);
        float[][] y = new float[trainLabels.length][nTasks];
        float[][] mask = new float[trainLabels.length][nTasks];
        for (int i = 0; i < trainLabels.length; i++) {
            for (int t = 0; t < nTasks; t++) {
                double v = trainLabels[i][t];
                if (!Double.isNaN(v)) {
                    y[i][t] = (float) v;
                    mask[i][t] = 1f;
                }
            }
        }
        INDArray yAll = Nd4j.createFromArray(y);
        INDArray maskAll = Nd4j.createFromArray(mask);
        INDArray xValid = FeatureMatrix.ofInputs(validInputs, width);

        Random order = new Random(seed * 1_000_003L + 17);
        int n = trainInputs.size();
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        double best = Double.NaN;
        int bestEpoch = 0;
        INDArray bestParams = null;
        int since = 0;
        String metricName = type == TaskType.CLASSIFICATION ? "mean roc_auc" : "mean rmse";
        for (int epoch = 1; epoch <= config.maxEpochs(); epoch++) {
            shuffle(idx, order);
            double lossSum = 0;
            int batches = 0;
            for (int start = 0; start < n; start += config.batchSize()) {
                int end = Math.min(n, start + config.batchSize());
                if (end - start < 2 && n > 1) {
                    continue; // a single-row batch adds noise only
                }
                int[] rows = Arrays.copyOfRange(idx, start, end);
                INDArray xb = x.getRows(rows);
                INDArray yb = yAll.getRows(rows);
                INDArray mb = maskAll.getRows(rows);
                net.fit(new DataSet(xb, yb, null, mb));
                lossSum += net.score();
                batches++;
                // free the batch copies now rather than at the next garbage collection
                xb.close();
                yb.close();
                mb.close();
            }
            INDArray validOut = net.output(xValid, false);
            float[][] out = validOut.toFloatMatrix();
            validOut.close();
            double metric = validationMetric(validLabels, out);
            boolean improved = !Double.isNaN(metric)
                    && (Double.isNaN(best) || (type == TaskType.CLASSIFICATION ? metric > best + 1e-5 : metric < best - 1e-5));
            if (improved || bestParams == null) {
                best = metric;
                bestEpoch = epoch;
                if (bestParams != null) {
                    bestParams.close();
                }
                bestParams = net.params().dup();
                since = 0;
            } else {
                since++;
            }
            progress.accept(new EpochReport(member, epoch, batches == 0 ? Double.NaN : lossSum / batches,
                    metricName, metric, improved));
            if (since >= config.patience()) {
                break;
            }
        }
        net.setParams(bestParams);
        Mlp trained = toMlp(net);
        for (INDArray a : new INDArray[] {bestParams, x, yAll, maskAll, xValid}) {
            a.close();
        }
        return new Result(trained, bestEpoch, best);
    }

    private MultiLayerConfiguration configuration(int width, int nTasks, long seed, double[] positiveWeights) {
        NeuralNetConfiguration.ListBuilder list = new NeuralNetConfiguration.Builder()
                .seed(generatorSeed(seed))
                .dataType(DataType.FLOAT)
                .updater(new Adam(config.learningRate()))
                .l2(config.l2())
                .weightInit(WeightInit.RELU)
                .list();
        int nIn = width;
        for (int i = 0; i < config.hidden().size(); i++) {
            int h = config.hidden().get(i);
            DenseLayer.Builder d = new DenseLayer.Builder().nIn(nIn).nOut(h).activation(Activation.RELU);
            double drop = i == 0 ? config.inputDropout() : config.hiddenDropout();
            if (drop > 0) {
                d.dropOut(1 - drop); // DL4J takes the probability of keeping a unit
            }
            list.layer(d.build());
            nIn = h;
        }
        OutputLayer.Builder out = type == TaskType.CLASSIFICATION
                ? new OutputLayer.Builder(new WeightedBinaryCrossEntropy(positiveWeights)).activation(Activation.SIGMOID)
                : new OutputLayer.Builder(new LossMSE()).activation(Activation.IDENTITY);
        out.nIn(nIn).nOut(nTasks).weightInit(WeightInit.XAVIER);
        if (config.hiddenDropout() > 0) {
            out.dropOut(1 - config.hiddenDropout());
        }
        list.layer(out.build());
        return list.build();
    }

    /**
     * The seed given to ND4J and DL4J for a member seed. Both take seed 0 to mean "no seed" (a
     * time-based one, so a member trained with seed 0 differed from run to run); 0 maps to
     * {@link Long#MIN_VALUE}, every other seed to itself.
     */
    static long generatorSeed(long seed) {
        return seed != 0 ? seed : Long.MIN_VALUE;
    }

    /** Per task: inactive/active ratio, capped, or 1 without class weighting. */
    public double[] positiveWeights(double[][] labels) {
        int nTasks = labels[0].length;
        double[] w = new double[nTasks];
        Arrays.fill(w, 1.0);
        if (type != TaskType.CLASSIFICATION || !config.classWeighting()) {
            return w;
        }
        for (int t = 0; t < nTasks; t++) {
            int pos = 0;
            int neg = 0;
            for (double[] row : labels) {
                if (row[t] == 1.0) {
                    pos++;
                } else if (row[t] == 0.0) {
                    neg++;
                }
            }
            if (pos > 0) {
                w[t] = Math.min(config.maxClassWeight(), Math.max(1.0, neg / (double) pos));
            }
        }
        return w;
    }

    private double validationMetric(double[][] labels, float[][] out) {
        int nTasks = labels.length == 0 ? 0 : labels[0].length;
        double sum = 0;
        int counted = 0;
        for (int t = 0; t < nTasks; t++) {
            double[] y = new double[labels.length];
            double[] p = new double[labels.length];
            for (int i = 0; i < labels.length; i++) {
                y[i] = labels[i][t];
                p[i] = out[i][t];
            }
            double m = type == TaskType.CLASSIFICATION ? Metrics.rocAuc(y, p) : Metrics.rmse(y, p);
            if (!Double.isNaN(m)) {
                sum += m;
                counted++;
            }
        }
        return counted == 0 ? Double.NaN : sum / counted;
    }

    private static void shuffle(int[] a, Random r) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /** Copies a trained network's weights into a plain {@link Mlp}. */
    static Mlp toMlpOf(MultiLayerNetwork net, TaskType type) {
        List<DenseWeights> layers = new ArrayList<>();
        for (int i = 0; i < net.getnLayers(); i++) {
            INDArray w = net.getLayer(i).getParam("W");
            INDArray b = net.getLayer(i).getParam("b");
            int nIn = (int) w.size(0);
            int nOut = (int) w.size(1);
            float[][] wm = w.toFloatMatrix();
            float[] flat = new float[nIn * nOut];
            for (int r = 0; r < nIn; r++) {
                System.arraycopy(wm[r], 0, flat, r * nOut, nOut);
            }
            layers.add(new DenseWeights(nIn, nOut, flat, b.reshape(nOut).toFloatVector()));
        }
        return new Mlp(layers, type);
    }

    private Mlp toMlp(MultiLayerNetwork net) {
        return toMlpOf(net, type);
    }
}
