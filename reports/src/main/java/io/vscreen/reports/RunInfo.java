package io.vscreen.reports;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the screening job tells the outputs about the run, for the report's summary and
 * {@code summary.json}.
 *
 * @param library    library file(s) screened
 * @param read       records read
 * @param scored     compounds scored
 * @param rejected   records rejected (unparseable, failed standardisation...)
 * @param duplicates duplicate structures skipped
 * @param models     models used, with version and provenance
 * @param parameters run parameters (as given on the command line or in the job)
 * @param started    start of the run
 * @param finished   end of scoring
 */
public record RunInfo(String library, long read, long scored, long rejected, long duplicates,
                      List<ModelInfo> models, Map<String, String> parameters, Instant started, Instant finished) {

    public RunInfo {
        library = library == null ? "" : library;
        models = List.copyOf(models == null ? List.of() : models);
        parameters = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(parameters == null ? Map.of() : parameters));
        started = started == null ? Instant.EPOCH : started;
        finished = finished == null ? started : finished;
    }

    public Duration elapsed() {
        return Duration.between(started, finished);
    }

    /** Scored compounds per second of elapsed time (NaN when no time elapsed). */
    public double compoundsPerSecond() {
        double s = elapsed().toNanos() / 1e9;
        return s > 0 ? scored / s : Double.NaN;
    }

    /**
     * A model used in the run.
     *
     * @param name       model name as in the score columns
     * @param version    model version
     * @param provenance training provenance: data set and its sha256, split, metrics, date...
     */
    public record ModelInfo(String name, String version, Map<String, String> provenance) {
        public ModelInfo {
            provenance = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(provenance == null ? Map.of() : provenance));
        }
    }
}
