package io.vscreen.models.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.lossfunctions.impl.LossBinaryXENT;

import io.vscreen.models.TaskType;
import io.vscreen.models.features.FeatureMatrix;

/** The plain-Java sparse forward pass gives what DL4J gives; bfloat16 storage round-trips. */
class MlpTest {

    @Test
    void sparseForwardPassMatchesDl4j() {
        MultiLayerNetwork net = new MultiLayerNetwork(new NeuralNetConfiguration.Builder().seed(3).dataType(DataType.FLOAT)
                .weightInit(WeightInit.XAVIER).list()
                .layer(new DenseLayer.Builder().nIn(64).nOut(16).activation(Activation.RELU).build())
                .layer(new DenseLayer.Builder().nIn(16).nOut(8).activation(Activation.RELU).build())
                .layer(new OutputLayer.Builder(new LossBinaryXENT()).nIn(8).nOut(3).activation(Activation.SIGMOID).build())
                .build());
        net.init();
        Mlp mlp = MlpTrainer.toMlpOf(net, TaskType.CLASSIFICATION);
        assertEquals(List.of(64, 16, 8, 3), mlp.shape());
        List<int[]> inputs = List.of(new int[] {0, 5, 17, 63}, new int[] {}, new int[] {1, 2, 3, 4, 5, 6, 40});
        float[][] expected = net.output(FeatureMatrix.of(inputs, 64), false).toFloatMatrix();
        for (int i = 0; i < inputs.size(); i++) {
            assertArrayEquals(expected[i], mlp.predict(inputs.get(i)), 1e-5f);
        }
    }

    @Test
    void bfloat16KeepsThreeSignificantDigits() {
        assertEquals(1.0f, Bfloat16.round(1.0f), 0f);
        assertEquals(0f, Bfloat16.round(0f), 0f);
        for (float f : new float[] {0.1234f, -3.75e-3f, 42.42f, 1e-6f}) {
            assertEquals(f, Bfloat16.round(f), Math.abs(f) * 0.004f);
        }
        // 1 + 2^-8 is halfway between 1 and 1 + 2^-7: ties round to even (1.0)
        assertEquals(1.0f, Bfloat16.round(1.0f + 1f / 256), 0f);
    }

    @Test
    void storedBytesRoundTripAndTruncationIsNamed() {
        Mlp mlp = new Mlp(List.of(new DenseWeights(4, 2, new float[] {1, 2, 3, 4, 5, 6, 7, 8}, new float[] {0.5f, -0.5f})),
                TaskType.REGRESSION);
        byte[] bytes = mlp.toBytes();
        assertEquals(Mlp.storedBytes(List.of(4, 2)), bytes.length);
        Mlp back = Mlp.fromBytes(bytes, List.of(4, 2), TaskType.REGRESSION);
        // bits 0 and 3: row 0 (1, 2) + row 3 (7, 8) + bias
        assertArrayEquals(new float[] {8.5f, 9.5f}, back.predict(new int[] {0, 3}), 0f);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Mlp.fromBytes(java.util.Arrays.copyOf(bytes, 10), List.of(4, 2), TaskType.REGRESSION));
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
    }

    @Test
    void outputBiasShiftUndoesActiveWeightingOfTheOdds() {
        // one input bit, logit 0 -> p = 0.5 when trained with actives weighted 4; shifted by -ln 4
        // the odds become 1/4, p = 0.2
        Mlp mlp = new Mlp(List.of(new DenseWeights(1, 2, new float[] {0f, 1f}, new float[] {0f, 0f})),
                TaskType.CLASSIFICATION);
        float[] p = mlp.withOutputBiasShift(new double[] {-Math.log(4), 0}).predict(new int[] {0});
        assertEquals(0.2f, p[0], 1e-6f);
        assertEquals((float) (1 / (1 + Math.exp(-1))), p[1], 1e-6f);
    }
}
