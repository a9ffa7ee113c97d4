package io.vscreen.screening.batch;

import java.util.Properties;

import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Maps the scoring step onto the shards of the {@link ScreenPlan}: one partition per shard,
 * {@code workers} of them running at a time. The plan is fixed, so a restart maps identically
 * and each partition resumes from its own checkpoint.
 */
@Named("shardMapper")
public class ShardMapper implements PartitionMapper {

    @Inject
    JobContext jobContext;

    @Override
    public PartitionPlan mapPartitions() throws Exception {
        ScreenParameters parameters = ScreenParameters.fromJobParameters(jobContext.getProperties());
        ScreenPlan plan = ScreenPlan.read(parameters.files().plan());
        int n = plan.shards().size();
        Properties[] properties = new Properties[n];
        for (int i = 0; i < n; i++) {
            properties[i] = new Properties();
            properties[i].setProperty("partition", Integer.toString(i));
        }
        PartitionPlanImpl p = new PartitionPlanImpl();
        p.setPartitions(n);
        p.setThreads(Math.max(1, Math.min(n, parameters.workers())));
        p.setPartitionProperties(properties);
        p.setPartitionsOverride(false);
        return p;
    }
}
