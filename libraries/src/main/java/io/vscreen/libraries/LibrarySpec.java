package io.vscreen.libraries;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import io.vscreen.chem.MoleculeParser;

/**
 * Immutable description of a library to read: the file and how to read it. Built with
 * {@link #of(Path)} and refined with withers, each returning a new spec:
 * <pre>{@code
 * LibrarySpec spec = LibrarySpec.of(Path.of("hits.csv")).withSmilesColumn("canonical_smiles").withIdColumn("CID");
 * }</pre>
 * Unset format means "from the file name"; unset columns mean "detect from the header".
 */
public final class LibrarySpec {
    /** Default cap on one record's size (a line or an SDF block); larger records are rejected. */
    public static final int DEFAULT_MAX_RECORD_BYTES = 16 * 1024 * 1024;

    private final Path path;
    private final LibraryFormat format;
    private final String smilesColumn;
    private final String idColumn;
    private final int maxHeavyAtoms;
    private final int maxRecordBytes;

    private LibrarySpec(Path path, LibraryFormat format, String smilesColumn, String idColumn,
            int maxHeavyAtoms, int maxRecordBytes) {
        this.path = Objects.requireNonNull(path, "path");
        this.format = format;
        this.smilesColumn = smilesColumn;
        this.idColumn = idColumn;
        if (maxHeavyAtoms < 1) {
            throw new IllegalArgumentException("maxHeavyAtoms must be at least 1, not " + maxHeavyAtoms);
        }
        if (maxRecordBytes < 1024) {
            throw new IllegalArgumentException("maxRecordBytes must be at least 1024, not " + maxRecordBytes);
        }
        this.maxHeavyAtoms = maxHeavyAtoms;
        this.maxRecordBytes = maxRecordBytes;
    }

    /** A library at {@code path}, format from its name, columns detected, default limits. */
    public static LibrarySpec of(Path path) {
        return new LibrarySpec(path, null, null, null, MoleculeParser.DEFAULT_MAX_HEAVY_ATOMS, DEFAULT_MAX_RECORD_BYTES);
    }

    public LibrarySpec withPath(Path newPath) {
        return new LibrarySpec(newPath, format, smilesColumn, idColumn, maxHeavyAtoms, maxRecordBytes);
    }

    /** An explicit format (null: from the file name). */
    public LibrarySpec withFormat(LibraryFormat newFormat) {
        return new LibrarySpec(path, newFormat, smilesColumn, idColumn, maxHeavyAtoms, maxRecordBytes);
    }

    /** The CSV/TSV column holding SMILES (null or blank: detect smiles, canonical_smiles, ...). */
    public LibrarySpec withSmilesColumn(String column) {
        return new LibrarySpec(path, format, blankToNull(column), idColumn, maxHeavyAtoms, maxRecordBytes);
    }

    /** The CSV/TSV column, or SD property, holding the id (null or blank: detect id, name, mol_id, ...). */
    public LibrarySpec withIdColumn(String column) {
        return new LibrarySpec(path, format, smilesColumn, blankToNull(column), maxHeavyAtoms, maxRecordBytes);
    }

    /** Molecules with more heavy atoms are rejected without being fully parsed. */
    public LibrarySpec withMaxHeavyAtoms(int limit) {
        return new LibrarySpec(path, format, smilesColumn, idColumn, limit, maxRecordBytes);
    }

    /** Records (lines, SDF blocks) larger than this many bytes are rejected. */
    public LibrarySpec withMaxRecordBytes(int limit) {
        return new LibrarySpec(path, format, smilesColumn, idColumn, maxHeavyAtoms, limit);
    }

    public Path path() {
        return path;
    }

    /** The explicit format, if one was given. */
    public Optional<LibraryFormat> format() {
        return Optional.ofNullable(format);
    }

    /** The explicit format, or the one the file name implies. */
    public LibraryFormat resolvedFormat() throws LibraryException {
        if (format != null) {
            return format;
        }
        try {
            return LibraryFormat.fromFileName(path.getFileName().toString());
        } catch (IllegalArgumentException e) {
            throw new LibraryException(path, e.getMessage());
        }
    }

    public Optional<String> smilesColumn() {
        return Optional.ofNullable(smilesColumn);
    }

    public Optional<String> idColumn() {
        return Optional.ofNullable(idColumn);
    }

    public int maxHeavyAtoms() {
        return maxHeavyAtoms;
    }

    public int maxRecordBytes() {
        return maxRecordBytes;
    }

    /** The file name without directories and extensions ({@code zinc.txt.gz -> zinc}), used in generated ids. */
    public String stem() {
        String name = path.getFileName().toString();
        if (name.toLowerCase(Locale.ROOT).endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LibrarySpec s && path.equals(s.path) && format == s.format
                && Objects.equals(smilesColumn, s.smilesColumn) && Objects.equals(idColumn, s.idColumn)
                && maxHeavyAtoms == s.maxHeavyAtoms && maxRecordBytes == s.maxRecordBytes;
    }

    @Override
    public int hashCode() {
        return Objects.hash(path, format, smilesColumn, idColumn, maxHeavyAtoms, maxRecordBytes);
    }

    @Override
    public String toString() {
        return "LibrarySpec[" + path + (format != null ? ", format=" + format : "")
                + (smilesColumn != null ? ", smilesColumn=" + smilesColumn : "")
                + (idColumn != null ? ", idColumn=" + idColumn : "")
                + ", maxHeavyAtoms=" + maxHeavyAtoms + ", maxRecordBytes=" + maxRecordBytes + "]";
    }
}
