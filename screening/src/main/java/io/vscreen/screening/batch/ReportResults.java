package io.vscreen.screening.batch;

import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.StepExecution;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.jberet.repository.JobRepository;
import org.jberet.runtime.context.JobContextImpl;

/**
 * The report step: writes {@code summary.json} — counts, timings of every execution and step
 * (restarts included), libraries, scoring, parameters — next to the ranked results.
 */
@Named("reportResults")
public class ReportResults extends AbstractBatchlet {

    @Inject
    JobContext jobContext;

    @Override
    public String process() throws Exception {
        ScreenParameters parameters = ScreenParameters.fromJobParameters(jobContext.getProperties());
        ScreenFiles files = parameters.files();
        ScreenPlan plan = ScreenPlan.read(files.plan());
        ScreenCounts counts = ScreenCounts.read(files.work().resolve("counts.properties"));
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("job", ScreenParameters.JOB_NAME);
        summary.put("instance", jobContext.getInstanceId());
        summary.put("counts", counts);
        summary.put("timings", timings(counts));
        summary.put("libraries", libraries(parameters, plan));
        BatchScorer scorer = Scoring.forScreen(parameters);
        summary.put("scores", scorer.columns());
        summary.put("models", scorer.provenance());
        Map<String, String> params = new java.util.TreeMap<>();
        parameters.toJobParameters().forEach((k, v) -> params.put(k.toString(), v.toString()));
        summary.put("parameters", params);
        summary.put("outputs", List.of(files.out().relativize(files.ranked()).toString(),
                files.out().relativize(files.rejects()).toString(), files.out().relativize(files.duplicates()).toString(),
                files.out().relativize(files.summary()).toString()));
        summary.put("software", Map.of("vscreen", version(), "java", System.getProperty("java.version")));
        var tmp = files.summary().resolveSibling("summary.json.tmp");
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(tmp.toFile(), summary);
        Files.move(tmp, files.summary(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return "REPORTED";
    }

    private Map<String, Object> timings(ScreenCounts counts) {
        Map<String, Object> t = new LinkedHashMap<>();
        if (!(jobContext instanceof JobContextImpl impl)) {
            return t;
        }
        JobRepository repository = impl.getJobRepository();
        ClassLoader loader = ReportResults.class.getClassLoader();
        List<Map<String, Object>> executions = new ArrayList<>();
        Map<String, Double> stepSeconds = new LinkedHashMap<>();
        for (JobExecution e : repository.getJobExecutions(impl.getJobExecution().getJobInstance())) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("execution", e.getExecutionId());
            x.put("status", e.getBatchStatus().toString());
            x.put("start", e.getStartTime() == null ? null : e.getStartTime().toInstant().toString());
            x.put("end", e.getEndTime() == null ? null : e.getEndTime().toInstant().toString());
            executions.add(x);
            List<StepExecution> steps = e.getExecutionId() == impl.getExecutionId()
                    ? impl.getJobExecution().getStepExecutions() : repository.getStepExecutions(e.getExecutionId(), loader);
            for (StepExecution s : steps) {
                if (s.getStartTime() != null && s.getEndTime() != null) {
                    double sec = (s.getEndTime().getTime() - s.getStartTime().getTime()) / 1000.0;
                    stepSeconds.merge(s.getStepName(), sec, Double::sum);
                }
            }
        }
        executions.sort((a, b) -> Long.compare((Long) a.get("execution"), (Long) b.get("execution")));
        t.put("executions", executions);
        t.put("stepSeconds", stepSeconds);
        Double scoring = stepSeconds.get("score");
        if (scoring != null && scoring > 0) {
            t.put("compoundsPerSecond", Math.round(counts.read() / scoring * 10) / 10.0);
        }
        return t;
    }

    private static List<Map<String, Object>> libraries(ScreenParameters parameters, ScreenPlan plan) throws Exception {
        List<Map<String, Object>> list = new ArrayList<>();
        for (int i = 0; i < parameters.libraries().size(); i++) {
            long records = 0;
            long first = 0;
            for (Shard s : plan.shards()) {
                if (s.library() == i) {
                    if (records == 0) {
                        first = s.firstRecord();
                    }
                    records += s.records();
                }
            }
            var spec = parameters.librarySpec(i);
            Map<String, Object> lib = new LinkedHashMap<>();
            lib.put("file", spec.path().toString());
            lib.put("format", spec.resolvedFormat().toString());
            lib.put("bytes", Files.size(spec.path()));
            lib.put("records", records);
            lib.put("firstRecord", records == 0 ? null : first);
            list.add(lib);
        }
        return list;
    }

    private static String version() {
        String v = ReportResults.class.getPackage().getImplementationVersion();
        return v == null ? "development build" : v;
    }
}
