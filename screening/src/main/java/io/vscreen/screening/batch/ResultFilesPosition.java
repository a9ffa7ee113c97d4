package io.vscreen.screening.batch;

import java.io.Serializable;

/**
 * The writer checkpoint of one partition: the committed byte lengths of its result and reject
 * files. Anything beyond them was written by a chunk whose checkpoint never committed and is cut
 * off when the partition restarts, so every record appears exactly once.
 *
 * @param results committed length of the result file
 * @param rejects committed length of the reject file
 */
public record ResultFilesPosition(long results, long rejects) implements Serializable {
    private static final long serialVersionUID = 1L;
}
