package io.vscreen.screening.batch;

/**
 * One record as read from a library, before any chemistry.
 *
 * @param record  global record number (1-based, across all libraries of the screen)
 * @param library index of the library it came from
 * @param id      the record's identifier (from the file, or generated from the record number)
 * @param raw     the record's text as found in the file
 * @param smiles  the structure text to parse
 */
public record InputRecord(long record, int library, String id, String raw, String smiles) {
}
