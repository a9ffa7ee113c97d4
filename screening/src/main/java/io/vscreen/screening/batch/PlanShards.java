package io.vscreen.screening.batch;

import java.util.ArrayList;
import java.util.List;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import io.vscreen.libraries.LibrarySpec;
import io.vscreen.libraries.Shards;

/**
 * First step of a screen: cuts every library into {@code workers} record-aligned shards (counting
 * their records, so that records are numbered across all libraries), and writes the {@link ScreenPlan}. Runs once per job
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
        long offset = 0;
        for (int lib = 0; lib < parameters.libraries().size(); lib++) {
            LibrarySpec spec = parameters.librarySpec(lib);
            long records = 0;
            for (io.vscreen.libraries.Shard s : Shards.split(spec, parameters.workers())) {
                shards.add(new Shard(shards.size(), lib, spec.path(), s, offset));
                records += s.recordCount();
            }
            offset += records;
        }
        new ScreenPlan(shards).write(parameters.files().plan());
        return "PLANNED";
    }
}
