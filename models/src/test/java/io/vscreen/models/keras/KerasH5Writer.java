package io.vscreen.models.keras;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.bytedeco.hdf5.Attribute;
import org.bytedeco.hdf5.DataSet;
import org.bytedeco.hdf5.DataSpace;
import org.bytedeco.hdf5.Group;
import org.bytedeco.hdf5.H5File;
import org.bytedeco.hdf5.H5Object;
import org.bytedeco.hdf5.PredType;
import org.bytedeco.hdf5.StrType;
import org.bytedeco.hdf5.global.hdf5;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.deeplearning4j.nn.modelimport.keras.Hdf5Archive;

/**
 * Writes a Keras 2 Sequential model of dense layers as HDF5 the way {@code model.save('m.h5')}
 * lays it out: root attributes {@code keras_version}, {@code backend} and {@code model_config}
 * (the model's JSON), and a {@code model_weights} group with attribute {@code layer_names} and per
 * layer a group with attribute {@code weight_names} and the datasets
 * {@code model_weights/<layer>/<layer>/kernel:0} ({@code [inputs, units]}) and {@code bias:0}.
 * Strings are fixed-length, as Keras 2 writes them.
 */
public final class KerasH5Writer {

    /** One dense layer: weights as Keras stores them, kernel row-major {@code [inputs][units]}. */
    public record Dense(String name, int inputs, int units, String activation, float[][] kernel, float[] bias) {
    }

    private KerasH5Writer() {
    }

    /** Seeded random dense layers of the given widths, activations per layer. */
    public static List<Dense> randomLayers(long seed, int[] widths, String[] activations) {
        Random r = new Random(seed);
        List<Dense> layers = new ArrayList<>();
        for (int l = 0; l + 1 < widths.length; l++) {
            float[][] k = new float[widths[l]][widths[l + 1]];
            float[] b = new float[widths[l + 1]];
            double scale = 1.5 / Math.sqrt(widths[l] / 16.0 + 1);
            for (float[] row : k) {
                for (int j = 0; j < row.length; j++) {
                    row[j] = (float) (r.nextGaussian() * scale);
                }
            }
            for (int j = 0; j < b.length; j++) {
                b[j] = (float) (r.nextGaussian() * 0.1);
            }
            layers.add(new Dense("dense_" + (l + 1), widths[l], widths[l + 1], activations[l], k, b));
        }
        return layers;
    }

    /** The Keras 2.2 {@code model_config} JSON of a Sequential model of these layers. */
    public static String modelConfig(List<Dense> layers) {
        StringBuilder sb = new StringBuilder("{\"class_name\": \"Sequential\", \"config\": {\"name\": \"sequential_1\", \"layers\": [");
        for (int i = 0; i < layers.size(); i++) {
            Dense d = layers.get(i);
            sb.append(i > 0 ? ", " : "").append("{\"class_name\": \"Dense\", \"config\": {\"name\": \"").append(d.name())
                    .append("\", \"trainable\": true, ");
            if (i == 0) {
                sb.append("\"batch_input_shape\": [null, ").append(d.inputs()).append("], \"dtype\": \"float32\", ");
            }
            sb.append(String.format(Locale.ROOT, "\"units\": %d, \"activation\": \"%s\", \"use_bias\": true, ", d.units(),
                    d.activation()));
            sb.append("\"kernel_initializer\": {\"class_name\": \"VarianceScaling\", \"config\": {\"scale\": 1.0, "
                    + "\"mode\": \"fan_avg\", \"distribution\": \"uniform\", \"seed\": null}}, "
                    + "\"bias_initializer\": {\"class_name\": \"Zeros\", \"config\": {}}, \"kernel_regularizer\": null, "
                    + "\"bias_regularizer\": null, \"activity_regularizer\": null, \"kernel_constraint\": null, "
                    + "\"bias_constraint\": null}}");
        }
        return sb.append("]}}").toString();
    }

    /** Writes the model file. */
    public static void write(Path file, List<Dense> layers, String kerasVersion, String backend) {
        write(file, layers, kerasVersion, backend, true);
    }

    /** Writes the file {@code save_weights} would: the weights without {@code model_config}. */
    public static void writeWeightsOnly(Path file, List<Dense> layers, String kerasVersion, String backend) {
        write(file, layers, kerasVersion, backend, false);
    }

    private static void write(Path file, List<Dense> layers, String kerasVersion, String backend, boolean withConfig) {
        synchronized (Hdf5Archive.LOCK_OBJECT) {
            H5File f = new H5File(file.toString(), hdf5.H5F_ACC_TRUNC);
            try {
                stringAttribute(f, "keras_version", List.of(kerasVersion));
                stringAttribute(f, "backend", List.of(backend));
                if (withConfig) {
                    stringAttribute(f, "model_config", List.of(modelConfig(layers)));
                }
                Group weights = f.createGroup("model_weights");
                stringAttribute(weights, "layer_names", layers.stream().map(Dense::name).toList());
                stringAttribute(weights, "keras_version", List.of(kerasVersion));
                stringAttribute(weights, "backend", List.of(backend));
                for (Dense d : layers) {
                    Group layer = weights.createGroup(d.name());
                    stringAttribute(layer, "weight_names", List.of(d.name() + "/kernel:0", d.name() + "/bias:0"));
                    Group inner = layer.createGroup(d.name());
                    float[] kernel = new float[d.inputs() * d.units()];
                    for (int i = 0; i < d.inputs(); i++) {
                        System.arraycopy(d.kernel()[i], 0, kernel, i * d.units(), d.units());
                    }
                    floatDataSet(inner, "kernel:0", new long[] {d.inputs(), d.units()}, kernel);
                    floatDataSet(inner, "bias:0", new long[] {d.units()}, d.bias());
                    inner.close();
                    layer.close();
                }
                weights.close();
            } finally {
                f.close();
            }
        }
    }

    /** A fixed-length string attribute: a scalar for one value, else a 1-d array padded to the longest. */
    private static void stringAttribute(H5Object target, String name, List<String> values) {
        int len = values.stream().mapToInt(v -> v.getBytes(StandardCharsets.UTF_8).length).max().orElse(1);
        byte[] data = new byte[len * values.size()];
        for (int i = 0; i < values.size(); i++) {
            byte[] b = values.get(i).getBytes(StandardCharsets.UTF_8);
            System.arraycopy(b, 0, data, i * len, b.length);
        }
        StrType type = new StrType(PredType.C_S1(), len);
        DataSpace space = values.size() == 1 ? new DataSpace(hdf5.H5S_SCALAR) : new DataSpace(1, new long[] {values.size()});
        Attribute a = target.createAttribute(name, type, space);
        try (BytePointer p = new BytePointer(data)) {
            a.write(type, p);
        }
        a.close();
        space.close();
        type.close();
    }

    private static void floatDataSet(Group g, String name, long[] dims, float[] values) {
        DataSpace space = new DataSpace(dims.length, dims);
        DataSet ds = g.createDataSet(name, PredType.NATIVE_FLOAT(), space);
        try (FloatPointer p = new FloatPointer(values)) {
            ds.write(p, PredType.NATIVE_FLOAT());
        }
        ds.close();
        space.close();
    }
}
