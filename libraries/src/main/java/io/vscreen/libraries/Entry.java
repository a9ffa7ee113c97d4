package io.vscreen.libraries;

/**
 * One record of a library file as the file reader sees it, before any chemistry: either a
 * {@link Record} whose structure text can be parsed, or a {@link Reject} the reader could not
 * make into a record (empty, truncated, unreadable, wrong column count).
 */
public sealed interface Entry permits Record, Reject {
    /** 1-based record number in the whole file (headers and comment lines are not records). */
    long number();

    /** The id from the file, or a generated {@code <file stem>:<number>}. */
    String id();

    /** The raw text of the record (a line, a CSV row or an SDF block). */
    String raw();
}
