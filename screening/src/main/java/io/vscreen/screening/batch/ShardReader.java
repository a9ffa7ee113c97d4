package io.vscreen.screening.batch;

import java.io.Serializable;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Reads the records of one partition's shard, one {@link InputRecord} per item; its checkpoint
 * is the {@link ShardPosition}, so a restarted partition continues with the first record whose
 * result was not yet committed.
 */
@Named("shardReader")
public class ShardReader extends AbstractItemReader {

    @Inject
    JobContext jobContext;

    @Inject
    @BatchProperty(name = "partition")
    String partition;

    private Shard shard;
    private SmilesLineShards.Lines lines;
    private long recordsRead;

    @Override
    public void open(Serializable checkpoint) throws Exception {
        ScreenParameters parameters = ScreenParameters.fromJobParameters(jobContext.getProperties());
        ScreenPlan plan = ScreenPlan.read(parameters.files().plan());
        shard = plan.shards().get(Integer.parseInt(partition));
        long offset = shard.start();
        recordsRead = 0;
        if (checkpoint instanceof ShardPosition p) {
            offset = p.offset();
            recordsRead = p.recordsRead();
        }
        lines = new SmilesLineShards.Lines(shard.file(), offset, shard.end());
    }

    @Override
    public Object readItem() throws Exception {
        String line = lines.next();
        if (line == null) {
            return null;
        }
        long record = shard.firstRecord() + recordsRead;
        recordsRead++;
        String stripped = line.strip();
        int space = indexOfWhitespace(stripped);
        String smiles = space < 0 ? stripped : stripped.substring(0, space);
        String id = space < 0 ? "" : stripped.substring(space).strip();
        return new InputRecord(record, shard.library(), id, line, smiles);
    }

    @Override
    public Serializable checkpointInfo() {
        return new ShardPosition(lines.offset(), recordsRead);
    }

    @Override
    public void close() throws Exception {
        if (lines != null) {
            lines.close();
        }
    }

    private static int indexOfWhitespace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
