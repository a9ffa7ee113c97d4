package io.vscreen.screening.batch;

import java.nio.file.Path;

/**
 * The layout of a screen's output directory: the deliverables at the top, the job's working
 * files (plan, partition results, sort runs) under {@code .vscreen/}.
 *
 * @param out the output directory
 */
public record ScreenFiles(Path out) {

    public Path ranked() {
        return out.resolve("ranked.csv");
    }

    public Path rejects() {
        return out.resolve("rejects.csv");
    }

    public Path duplicates() {
        return out.resolve("duplicates.csv");
    }

    public Path summary() {
        return out.resolve("summary.json");
    }

    /** Working files of the job; kept after the run so that a restart can resume. */
    public Path work() {
        return out.resolve(".vscreen");
    }

    public Path plan() {
        return work().resolve("plan.tsv");
    }

    /** Held (file lock) by the process running the job, so no two processes write here at once. */
    public Path lock() {
        return work().resolve("lock");
    }

    public Path partitionResults(int partition) {
        return work().resolve(String.format("part-%04d.results.tsv", partition));
    }

    public Path partitionRejects(int partition) {
        return work().resolve(String.format("part-%04d.rejects.tsv", partition));
    }

    /** The distinct compounds (first occurrence of each InChIKey), in record order. */
    public Path unique() {
        return work().resolve("unique.tsv");
    }

    public Path counts() {
        return work().resolve("counts.properties");
    }

    public Path sortDirectory() {
        return work().resolve("sort");
    }
}
