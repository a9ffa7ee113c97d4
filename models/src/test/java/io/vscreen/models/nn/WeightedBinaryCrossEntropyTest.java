package io.vscreen.models.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.impl.ActivationSigmoid;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Weighted, masked binary cross-entropy against hand computation. */
class WeightedBinaryCrossEntropyTest {

    @Test
    void weightsActivesAndMasksUntestedLabelsOnce() {
        // two compounds, two tasks; positive weights 4 and 1; compound 2 was not tested on task 2
        WeightedBinaryCrossEntropy loss = new WeightedBinaryCrossEntropy(new double[] {4, 1});
        INDArray labels = Nd4j.createFromArray(new float[][] {{1, 0}, {0, 0}});
        INDArray mask = Nd4j.createFromArray(new float[][] {{1, 1}, {1, 0}});
        INDArray z = Nd4j.createFromArray(new float[][] {{0, 0}, {(float) Math.log(3), 5}}); // p = .5 .5 / .75 ~1
        ActivationSigmoid sigmoid = new ActivationSigmoid();
        // scores: 4*ln2 + ln2 for compound 1; -ln(1-0.75) = ln4 for compound 2 (task 2 masked)
        INDArray perExample = loss.computeScoreArray(labels, z, sigmoid, mask);
        assertEquals(5 * Math.log(2), perExample.getDouble(0), 1e-5);
        assertEquals(Math.log(4), perExample.getDouble(1), 1e-5);
        assertEquals((5 * Math.log(2) + Math.log(4)) / 2, loss.computeScore(labels, z, sigmoid, mask, true), 1e-5);
        // gradient w (p - y), masked: 4*(0.5-1), 0.5 ; 0.75, 0
        INDArray grad = loss.computeGradient(labels, z, sigmoid, mask);
        assertArrayEquals(new float[] {-2f, 0.5f, 0.75f, 0f}, grad.reshape(4).toFloatVector(), 1e-5f);
    }
}
