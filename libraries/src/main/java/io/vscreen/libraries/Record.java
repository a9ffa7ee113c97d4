package io.vscreen.libraries;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A record read from a library file, not yet parsed into a molecule.
 *
 * @param number     1-based record number in the whole file (also when read from a shard)
 * @param id         the id from the file, or {@code <file stem>:<number>} when it has none
 * @param raw        the record's raw text (the line, CSV row or SDF block)
 * @param structure  the SMILES text or molfile block
 * @param kind       what {@code structure} is
 * @param properties SD properties or the other CSV/SMILES-file columns, in file order (unmodifiable)
 */
public record Record(long number, String id, String raw, String structure, StructureKind kind,
        Map<String, String> properties) implements Entry, Serializable {

    public Record {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(structure, "structure");
        Objects.requireNonNull(kind, "kind");
        properties = properties == null || properties.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }
}
