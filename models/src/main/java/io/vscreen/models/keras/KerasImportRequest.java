package io.vscreen.models.keras;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import io.vscreen.models.Role;
import io.vscreen.models.Task;
import io.vscreen.models.features.FeaturizerSpec;

/**
 * What to import and how to describe it.
 *
 * @param model the Keras HDF5 file ({@code model.save('model.h5')} of a Sequential model)
 * @param tasks one per network output, in output order; all of one type (the package head's type)
 * @param featurizer the fingerprint the network was trained on; its size must equal the network's
 *     input width
 * @param domain optional SMILES file ({@code SMILES [name]} per line) of the training compounds,
 *     for the applicability domain; {@code null} gives an empty domain (every
 *     {@code ad_similarity} is 0: nothing is known to be in domain)
 * @param command the command line, recorded in the manifest
 */
public record KerasImportRequest(Path model, String name, String version, Role role, String description,
                                 List<Task> tasks, FeaturizerSpec featurizer, Path domain, String command) {
    public KerasImportRequest {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(featurizer, "featurizer");
        tasks = List.copyOf(tasks);
        if (tasks.isEmpty()) {
            throw new IllegalArgumentException("an imported model needs at least one task");
        }
        if (tasks.stream().map(Task::type).distinct().count() > 1) {
            throw new IllegalArgumentException("all tasks of an imported network must be of one type (classification or "
                    + "regression): " + tasks);
        }
        version = version == null || version.isBlank() ? "1.0.0" : version;
        description = description == null ? "" : description;
    }
}
