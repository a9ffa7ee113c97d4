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
        LibraryFormat format = "txt".equals(ext) ? SMILES : named(ext);
        if (format == null) {
            throw new IllegalArgumentException("cannot tell the format of '" + fileName
                    + "' from its extension (known: .smi .smiles .ism .txt .sdf .sd .mol .csv .tsv .tab,"
                    + " optionally .gz); give the format explicitly (smi|sdf|csv|tsv)");
        }
        return format;
    }

    /** Parses a command-line value: {@code smi|smiles|sdf|sd|csv|tsv} (case-insensitive). */
    public static LibraryFormat parse(String value) {
        LibraryFormat format = named(value.strip().toLowerCase(Locale.ROOT));
        if (format == null) {
            throw new IllegalArgumentException("unknown library format '" + value + "' (use smi, sdf, csv or tsv)");
        }
        return format;
    }

    /** The format a lower-case name or extension stands for, or null when it is none of them. */
    private static LibraryFormat named(String name) {
        return switch (name) {
            case "smi", "smiles", "ism" -> SMILES;
            case "sdf", "sd", "mol" -> SDF;
            case "csv" -> CSV;
            case "tsv", "tab" -> TSV;
            default -> null;
        };
    }
}
