package io.vscreen.screening.batch;

import java.io.Serializable;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import io.vscreen.libraries.Entry;
import io.vscreen.libraries.Libraries;
import io.vscreen.libraries.ReaderPosition;
import io.vscreen.libraries.RecordReader;

/**
 * Reads the records of one partition's shard, one {@link InputRecord} per item; its checkpoint
 * is the library reader's {@link ReaderPosition}, so a restarted partition continues with the
 * first record whose result was not yet committed.
 */
@Named("shardReader")
public class ShardReader extends AbstractItemReader {

    @Inject
    JobContext jobContext;

    @Inject
    @BatchProperty(name = "partition")
    String partition;

    private Shard shard;
    private RecordReader reader;

    @Override
    public void open(Serializable checkpoint) throws Exception {
        ScreenParameters parameters = ScreenParameters.fromJobParameters(jobContext.getProperties());
        ScreenPlan plan = ScreenPlan.read(parameters.files().plan());
        shard = plan.shards().get(Integer.parseInt(partition));
        var spec = parameters.librarySpec(shard.library());
        reader = checkpoint instanceof ReaderPosition from ? Libraries.openRecords(spec, shard.shard(), from)
                : Libraries.openRecords(spec, shard.shard());
    }

    @Override
    public Object readItem() throws Exception {
        Entry e = reader.next();
        if (e == null) {
            return null;
        }
        return new InputRecord(e.number() + shard.recordOffset(), shard.library(), e);
    }

    @Override
    public Serializable checkpointInfo() {
        return reader.position();
    }

    @Override
    public void close() throws Exception {
        if (reader != null) {
            reader.close();
        }
    }
}
