package io.vscreen.models.keras;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.bytedeco.hdf5.Attribute;
import org.bytedeco.hdf5.H5File;
import org.bytedeco.hdf5.StrType;
import org.bytedeco.hdf5.global.hdf5;
import org.bytedeco.javacpp.BytePointer;
import org.deeplearning4j.nn.modelimport.keras.Hdf5Archive;

import io.vscreen.models.ModelException;
import io.vscreen.models.pkg.Sha256;

/**
 * What a Keras HDF5 model file says about itself before import: its sha256 and the Keras version
 * and backend that saved it. {@link #inspect(Path)} refuses, naming the file, anything that is not
 * an HDF5 file or is an HDF5 file without a Keras model configuration (a weights-only file, for
 * instance).
 *
 * @param kerasVersion the root attribute {@code keras_version} ({@code ""} when absent)
 * @param backend the root attribute {@code backend} ({@code ""} when absent)
 */
public record KerasFile(Path path, String sha256, long bytes, String kerasVersion, String backend) {

    /** The 8-byte HDF5 format signature. */
    private static final byte[] SIGNATURE = {(byte) 0x89, 'H', 'D', 'F', '\r', '\n', 0x1a, '\n'};

    /** Checks and describes a Keras model file. */
    public static KerasFile inspect(Path path) {
        if (!Files.isRegularFile(path)) {
            throw new ModelException("Keras model file " + path + " does not exist or is not a file");
        }
        byte[] data;
        try {
            data = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new ModelException("Keras model file " + path + " cannot be read: " + e.getMessage(), e);
        }
        if (!hasSignature(data)) {
            throw new ModelException(path + " is not an HDF5 file (no HDF5 signature): expected a Keras model saved with "
                    + "model.save('" + path.getFileName() + "') in the HDF5 format");
        }
        String version;
        String backend;
        synchronized (Hdf5Archive.LOCK_OBJECT) { // the HDF5 library is not thread-safe; DL4J locks on this
            org.bytedeco.hdf5.Exception.dontPrint();
            H5File file;
            try {
                file = new H5File(path.toString(), hdf5.H5F_ACC_RDONLY);
            } catch (RuntimeException e) {
                throw new ModelException(path + " is not a readable HDF5 file (" + e.getMessage() + ")", e);
            }
            try {
                if (!file.attrExists("model_config")) {
                    throw new ModelException(path + " is an HDF5 file but holds no Keras model configuration (attribute "
                            + "model_config): a weights-only file (save_weights) cannot be imported; save the whole model");
                }
                version = stringAttribute(path, file, "keras_version");
                backend = stringAttribute(path, file, "backend");
                stringAttribute(path, file, "model_config");
            } finally {
                file.close();
                file.deallocate();
            }
        }
        return new KerasFile(path, Sha256.hex(data), data.length, version, backend);
    }

    static boolean hasSignature(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            return hasSignature(in.readNBytes(SIGNATURE.length));
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean hasSignature(byte[] data) {
        // HDF5 allows a user block before the superblock: the signature sits at 0, 512, 1024, 2048, ...
        for (long at = 0; at + SIGNATURE.length <= data.length; at = at == 0 ? 512 : at * 2) {
            if (Arrays.equals(data, (int) at, (int) at + SIGNATURE.length, SIGNATURE, 0, SIGNATURE.length)) {
                return true;
            }
        }
        return false;
    }

    /** A fixed-length string attribute of the root group, {@code ""} when absent. */
    private static String stringAttribute(Path path, H5File file, String name) {
        if (!file.attrExists(name)) {
            return "";
        }
        Attribute a = file.openAttribute(name);
        try {
            if (a.getTypeClass() != hdf5.H5T_STRING) {
                throw new ModelException(path + ": attribute " + name + " is not a string");
            }
            StrType type = a.getStrType();
            if (type.isVariableStr()) {
                throw new ModelException(path + ": attribute " + name + " is a variable-length string, which the Keras "
                        + "importer cannot read; save the model with Keras 2 (model.save) to get fixed-length attributes");
            }
            long size = a.getStorageSize();
            try (BytePointer p = new BytePointer(size)) {
                a.read(type, p);
                byte[] b = new byte[(int) size];
                p.get(b);
                int end = 0;
                while (end < b.length && b[end] != 0) {
                    end++;
                }
                return new String(b, 0, end, java.nio.charset.StandardCharsets.UTF_8);
            }
        } finally {
            a.close();
            a.deallocate();
        }
    }
}
