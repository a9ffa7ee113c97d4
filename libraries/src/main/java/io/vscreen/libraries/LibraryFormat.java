package io.vscreen.libraries;

import java.util.Locale;

/** The text formats a compound library can come in. */
public enum LibraryFormat {
    /** One SMILES per line, optionally followed by whitespace and an id; optional header line. */
    SMILES,
    /** MDL SD file: V2000 or V3000 molfiles with SD properties, records ended by {@code $$$$}. */
    SDF,
    /** Comma-separated values with a header row (RFC 4180 quoting). */
    CSV,
    /** Tab-separated values with a header row. */
    TSV;

    /**
     * The format a file name implies: {@code .smi .smiles .ism .txt} SMILES, {@code .sdf .sd .mol}
     * SDF, {@code .csv} CSV, {@code .tsv .tab} TSV; a trailing {@code .gz} is ignored.
     *
     * @throws IllegalArgumentException when the extension says nothing known
     */
    public static LibraryFormat fromFileName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1);
        switch (ext) {
            case "smi", "smiles", "ism", "txt":
                return SMILES;
            case "sdf", "sd", "mol":
                return SDF;
            case "csv":
                return CSV;
            case "tsv", "tab":
                return TSV;
            default:
                throw new IllegalArgumentException("cannot tell the format of '" + fileName
                        + "' from its extension (known: .smi .smiles .ism .txt .sdf .sd .mol .csv .tsv .tab,"
                        + " optionally .gz); give the format explicitly (smi|sdf|csv|tsv)");
        }
    }

    /** Parses a command-line value: {@code smi|smiles|sdf|sd|csv|tsv} (case-insensitive). */
    public static LibraryFormat parse(String value) {
        switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "smi", "smiles", "ism":
                return SMILES;
            case "sdf", "sd", "mol":
                return SDF;
            case "csv":
                return CSV;
            case "tsv", "tab":
                return TSV;
            default:
                throw new IllegalArgumentException("unknown library format '" + value + "' (use smi, sdf, csv or tsv)");
        }
    }
}
