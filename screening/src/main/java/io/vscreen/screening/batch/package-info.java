/**
 * The {@code screen} job on Jakarta Batch: a planning step that cuts the libraries into
 * record-aligned shards, a partitioned chunk step (reader = one shard, processor = chemistry,
 * writer = batched scoring appended exactly once to the partition's result file), a rank step
 * that merges, de-duplicates and orders the partitions' results with an external sort, and a
 * report step. The job XML is {@code META-INF/batch-jobs/screen.xml}.
 *
 * <p>Every artifact is restartable: the reader checkpoints its position in the shard, the
 * writer checkpoints the byte length of its files and truncates back to it when a killed
 * execution is restarted, and the rank step rebuilds its outputs from the partition files.
 */
package io.vscreen.screening.batch;
