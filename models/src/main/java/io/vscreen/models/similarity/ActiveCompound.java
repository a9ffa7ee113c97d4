package io.vscreen.models.similarity;

import java.util.Objects;

/** One known active: its SMILES and name (may be empty), as a line {@code SMILES [name]} of a SMILES file. */
public record ActiveCompound(String smiles, String name) {
    public ActiveCompound {
        Objects.requireNonNull(smiles, "smiles");
        name = name == null ? "" : name.strip();
    }

    /** Parses a SMILES-file line; {@code null} for a blank or {@code #} comment line. */
    public static ActiveCompound parseLine(String line) {
        String l = line.strip();
        if (l.isEmpty() || l.startsWith("#")) {
            return null;
        }
        String[] parts = l.split("\\s+", 2);
        return new ActiveCompound(parts[0], parts.length > 1 ? parts[1] : "");
    }

    /** The line written back to a SMILES file. */
    public String toLine() {
        return name.isEmpty() ? smiles : smiles + " " + name;
    }

    /** The name, or the SMILES when there is none, for messages. */
    public String label() {
        return name.isEmpty() ? smiles : name;
    }
}
