package io.vscreen.models.features;

import java.util.List;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Dense feature matrices from sparse rows, for training and batch evaluation. */
public final class FeatureMatrix {
    private FeatureMatrix() {
    }

    /** A {@code [rows.size(), width]} float matrix with ones at each row's on-bits. */
    public static INDArray of(List<int[]> rows, int width) {
        float[] data = new float[rows.size() * width];
        for (int r = 0; r < rows.size(); r++) {
            int base = r * width;
            for (int b : rows.get(r)) {
                data[base + b] = 1f;
            }
        }
        return Nd4j.create(data, new long[] {rows.size(), width}, DataType.FLOAT);
    }

    /** A {@code [rows.size(), width]} float matrix holding each row's sparse input. */
    public static INDArray ofInputs(List<ModelInput> rows, int width) {
        float[] data = new float[rows.size() * width];
        for (int r = 0; r < rows.size(); r++) {
            int base = r * width;
            ModelInput in = rows.get(r);
            int[] index = in.index();
            for (int k = 0; k < index.length; k++) {
                data[base + index[k]] = in.value(k);
            }
        }
        return Nd4j.create(data, new long[] {rows.size(), width}, DataType.FLOAT);
    }
}
