package io.vscreen.screening.cli;

import java.nio.file.Path;

import io.vscreen.libraries.LibraryFormat;
import io.vscreen.libraries.LibrarySpec;
import picocli.CommandLine.Option;

/** The options every command that reads one compound library shares. */
public final class LibraryOptions {

    @Option(names = "--library", required = true, paramLabel = "FILE",
            description = "Compound library: SMILES, SDF (V2000/V3000), CSV or TSV, optionally gzipped.")
    Path library;

    @Option(names = "--format", paramLabel = "smi|sdf|csv|tsv",
            description = "Library format; by default taken from the file extension (.gz stripped first).")
    String format;

    @Option(names = "--smiles-column", paramLabel = "C",
            description = "CSV/TSV column holding SMILES (default: auto-detect smiles, canonical_smiles, mol, ...).")
    String smilesColumn;

    @Option(names = "--id-column", paramLabel = "C",
            description = "CSV/TSV column holding compound ids (default: auto-detect id, name, mol_id, CID, ...).")
    String idColumn;

    @Option(names = "--max-heavy-atoms", paramLabel = "N", defaultValue = "1000",
            description = "Reject records with more heavy atoms than this (default: ${DEFAULT-VALUE}).")
    int maxHeavyAtoms;

    /** The library as an immutable spec. */
    public LibrarySpec spec() {
        return spec(library);
    }

    /** The same options applied to another library file. */
    public LibrarySpec spec(Path file) {
        LibrarySpec spec = LibrarySpec.of(file).withMaxHeavyAtoms(maxHeavyAtoms);
        if (format != null) {
            spec = spec.withFormat(LibraryFormat.parse(format));
        }
        if (smilesColumn != null) {
            spec = spec.withSmilesColumn(smilesColumn);
        }
        if (idColumn != null) {
            spec = spec.withIdColumn(idColumn);
        }
        return spec;
    }
}
