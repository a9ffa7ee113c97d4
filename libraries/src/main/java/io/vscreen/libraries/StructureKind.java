package io.vscreen.libraries;

/** What the structure text of a {@link Record} is. */
public enum StructureKind {
    /** A SMILES string. */
    SMILES,
    /** An MDL molfile block (V2000 or V3000), up to and including {@code M  END}. */
    MOLFILE
}
