package io.vscreen.screening.batch;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * First step of a screen: cuts every library into {@code workers} record-aligned shards, counts
 * their records to number them globally, and writes the {@link ScreenPlan}. Runs once per job
 * instance; a restart reuses the plan.
 */
@Named("planShards")
public class PlanShards extends AbstractBatchlet {

    @Inject
    JobContext jobContext;

    @Override
    public String process() throws Exception {
        ScreenParameters parameters = ScreenParameters.fromJobParameters(jobContext.getProperties());
        List<Shard> shards = new ArrayList<>();
        long nextRecord = 1;
        for (int lib = 0; lib < parameters.libraries().size(); lib++) {
            var file = parameters.libraries().get(lib);
            if (!Files.isReadable(file)) {
                throw new java.io.FileNotFoundException("library not readable: " + file);
            }
            for (long[] range : SmilesLineShards.split(file, parameters.workers())) {
                shards.add(new Shard(shards.size(), lib, file, range[0], range[1], nextRecord, range[2]));
                nextRecord += range[2];
            }
        }
        new ScreenPlan(shards).write(parameters.files().plan());
        return "PLANNED";
    }
}
