package io.vscreen.models.spi;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

import io.vscreen.models.ModelException;
import io.vscreen.models.pkg.Manifest;

/**
 * What a {@link ScorerProvider} gets to open one head: the package's manifest, the head, and the
 * package's files (already verified against their sha256).
 *
 * @param location the package directory or zip, for messages
 * @param manifest the package's manifest
 * @param head the head to open; its {@code members} are the files the provider reads
 * @param files package-relative path to content of every file of the package
 */
public record ScorerContext(Path location, Manifest manifest, Manifest.Head head, Map<String, byte[]> files) {

    public ScorerContext {
        Objects.requireNonNull(manifest, "manifest");
        Objects.requireNonNull(head, "head");
        files = Map.copyOf(files);
    }

    /** Number of input features the package's featurizer gives. */
    public int featureCount() {
        return manifest.featurizer().size();
    }

    /** {@code model 'NAME' (LOCATION), head 'HEAD'}: the prefix of error messages. */
    public String where() {
        return "model '" + manifest.name() + "' (" + location + "), head '" + head.name() + "'";
    }

    /** The content of a package file. */
    public byte[] file(String name) {
        byte[] data = files.get(name);
        if (data == null) {
            throw new ModelException(where() + ": file " + name + " is missing from the package");
        }
        return data;
    }
}
