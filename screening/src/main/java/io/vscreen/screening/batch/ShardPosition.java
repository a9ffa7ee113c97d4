package io.vscreen.screening.batch;

import java.io.Serializable;

/**
 * The reader checkpoint of one partition: how far into its shard it has read.
 *
 * @param offset      byte offset of the next record to read
 * @param recordsRead records read from the shard so far
 */
public record ShardPosition(long offset, long recordsRead) implements Serializable {
    private static final long serialVersionUID = 1L;
}
