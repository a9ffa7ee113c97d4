package io.vscreen.models.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** The ND4J backend (native CPU by default) loads and multiplies matrices correctly. */
class NativeBackendTest {

    @Test
    void multipliesSmallMatrices() {
        INDArray a = Nd4j.createFromArray(new float[][] {{1, 2}, {3, 4}});
        INDArray b = Nd4j.createFromArray(new float[][] {{5, 6}, {7, 8}});
        INDArray c = a.mmul(b);
        assertArrayEquals(new float[] {19, 22, 43, 50}, c.reshape(4).toFloatVector(), 0f);
    }
}
