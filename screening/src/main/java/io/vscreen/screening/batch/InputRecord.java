package io.vscreen.screening.batch;

import io.vscreen.libraries.Entry;

/**
 * One library entry as read, before any chemistry, with its global record number.
 *
 * @param record  global record number (1-based, across all libraries of the screen)
 * @param library index of the library it came from
 * @param entry   the record's text, or the reader's reject when the text is unusable
 */
public record InputRecord(long record, int library, Entry entry) {
}
