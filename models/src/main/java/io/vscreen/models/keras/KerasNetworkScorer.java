package io.vscreen.models.keras;

import java.util.ArrayList;
import java.util.List;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import io.vscreen.models.spi.FeatureScorer;

/**
 * Runs an imported Keras network on fingerprints: the on-bits become a dense 0/1 input row, the
 * network's outputs are the task values (probabilities when its last activation is a sigmoid),
 * with a standard deviation of 0 (one network, no ensemble). Molecules are scored in chunks of
 * {@value #CHUNK}.
 *
 * <p>Thread-safe: a DL4J network keeps per-call state, so calls are serialized on it; each call
 * scores a whole chunk, so the lock is taken rarely.
 */
public final class KerasNetworkScorer implements FeatureScorer {
    static final int CHUNK = 1024;

    private final MultiLayerNetwork network;
    private final int inputs;
    private final int outputs;

    public KerasNetworkScorer(MultiLayerNetwork network, int inputs, int outputs) {
        this.network = network;
        this.inputs = inputs;
        this.outputs = outputs;
    }

    @Override
    public void score(List<int[]> onBits, float[][] mean, float[][] std, int offset) {
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < onBits.size(); i++) {
            if (onBits.get(i) != null) {
                rows.add(i);
            }
        }
        for (int start = 0; start < rows.size(); start += CHUNK) {
            List<Integer> chunk = rows.subList(start, Math.min(rows.size(), start + CHUNK));
            float[] dense = new float[chunk.size() * inputs];
            for (int r = 0; r < chunk.size(); r++) {
                for (int b : onBits.get(chunk.get(r))) {
                    dense[r * inputs + b] = 1f;
                }
            }
            INDArray x = Nd4j.create(dense, new long[] {chunk.size(), inputs}, 'c');
            float[][] out;
            synchronized (network) {
                out = network.output(x, false).toFloatMatrix();
            }
            for (int r = 0; r < chunk.size(); r++) {
                int i = chunk.get(r);
                for (int t = 0; t < outputs; t++) {
                    mean[i][offset + t] = out[r][t];
                    std[i][offset + t] = 0f;
                }
            }
        }
    }
}
