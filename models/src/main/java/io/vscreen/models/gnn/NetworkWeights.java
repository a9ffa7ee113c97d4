package io.vscreen.models.gnn;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The trained variables of a graph network as a file (network format 4 and later): a header, then
 * per variable, in name order, its name, shape and float32 values in row-major order, big-endian
 * ({@link DataOutputStream}). Only the variables are stored; the graph around them, its constants
 * included, is rebuilt from the network's spec ({@link Dmpnn#create}). The bytes depend on the
 * values alone, so one network always gives one file.
 */
final class NetworkWeights {
    private static final String MAGIC = "vscreen-dmpnn-weights";
    private static final int LAYOUT = 1;

    private NetworkWeights() {
    }

    /** The file bytes of {@code variables} (name to array; any order). */
    static byte[] write(Map<String, INDArray> variables) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(MAGIC);
            out.writeInt(LAYOUT);
            out.writeInt(variables.size());
            for (Map.Entry<String, INDArray> v : new TreeMap<>(variables).entrySet()) {
                INDArray a = v.getValue();
                out.writeUTF(v.getKey());
                long[] shape = a.shape();
                out.writeInt(shape.length);
                for (long d : shape) {
                    out.writeLong(d);
                }
                float[] values = a.castTo(DataType.FLOAT).dup('c').data().asFloat();
                out.writeInt(values.length);
                for (float f : values) {
                    out.writeFloat(f);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * Reads a file written by {@link #write}.
     *
     * @param where names the file in error messages
     * @throws IOException naming the file when it is not such a file or is cut short
     */
    static Map<String, INDArray> read(byte[] file, String where) throws IOException {
        Map<String, INDArray> out = new TreeMap<>();
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(file))) {
            String magic;
            try {
                magic = in.readUTF();
            } catch (IOException e) {
                magic = "";
            }
            if (!MAGIC.equals(magic)) {
                throw new IOException(where + ": not a network weights file");
            }
            int layout = in.readInt();
            if (layout != LAYOUT) {
                throw new IOException(where + ": network weights layout " + layout + " is not readable (expected " + LAYOUT + ")");
            }
            int n = in.readInt();
            for (int v = 0; v < n; v++) {
                String name = in.readUTF();
                long[] shape = new long[in.readInt()];
                long size = 1;
                for (int d = 0; d < shape.length; d++) {
                    shape[d] = in.readLong();
                    size *= shape[d];
                }
                int length = in.readInt();
                if (length != size || length < 0) {
                    throw new IOException(where + ": variable " + name + " has " + length + " values for shape "
                            + Arrays.toString(shape));
                }
                float[] values = new float[length];
                for (int i = 0; i < length; i++) {
                    values[i] = in.readFloat();
                }
                out.put(name, Nd4j.create(values, shape, 'c'));
            }
            if (in.read() != -1) {
                throw new IOException(where + ": bytes after the last variable");
            }
        } catch (EOFException e) {
            throw new IOException(where + ": network weights file is truncated", e);
        }
        return out;
    }
}
