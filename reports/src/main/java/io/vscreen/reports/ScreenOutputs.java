package io.vscreen.reports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.vscreen.reports.html.AtomAttribution;
import io.vscreen.reports.html.HtmlReport;
import io.vscreen.reports.output.OutputFile;
import io.vscreen.reports.output.RankedColumns;
import io.vscreen.reports.output.RankedCsvWriter;
import io.vscreen.reports.output.SummaryWriter;
import io.vscreen.reports.output.TopSdfWriter;
import io.vscreen.reports.rank.Ranking;

/**
 * Writes the four outputs of a ranked screen into a directory: {@code ranked.csv},
 * {@code top.sdf}, {@code report.html} and, last, {@code summary.json} listing the others with
 * their SHA-256. {@code top.sdf} is written on a thread of its own while {@code report.html} is
 * (the candidate store is only read).
 */
public final class ScreenOutputs {

    public static final String RANKED_CSV = "ranked.csv";
    public static final String TOP_SDF = "top.sdf";
    public static final String REPORT_HTML = "report.html";
    public static final String SUMMARY_JSON = "summary.json";

    private static final Logger LOG = LoggerFactory.getLogger(ScreenOutputs.class);

    private final AtomAttribution attribution;

    /** @param attribution atom-level explanation of the efficacy score for the report's hits */
    public ScreenOutputs(AtomAttribution attribution) {
        this.attribution = attribution;
    }

    /** Writes all outputs; returns the files written (summary.json last, without its own hash). */
    public List<OutputFile> write(Path dir, RunInfo run, ScreenResults results, Ranking ranking) throws IOException {
        Files.createDirectories(dir);
        RankedColumns columns = new RankedColumns(results.columns());
        List<OutputFile> files = new ArrayList<>();
        long t0 = System.nanoTime();
        Path csv = dir.resolve(RANKED_CSV);
        new RankedCsvWriter(columns).write(csv, ranking, results.store());
        files.add(OutputFile.of(csv));
        long t1 = System.nanoTime();
        // top.sdf and report.html each lay out and draw their compounds on one thread: side by side
        Path sdf = dir.resolve(TOP_SDF);
        Path html = dir.resolve(REPORT_HTML);
        ExecutorService side = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "top-sdf");
            t.setDaemon(true);
            return t;
        });
        long sdfNanos;
        long htmlNanos;
        try {
            Future<Long> sdfWritten = side.submit(() -> {
                long start = System.nanoTime();
                new TopSdfWriter(columns).write(sdf, ranking, results.store());
                return System.nanoTime() - start;
            });
            long start = System.nanoTime();
            new HtmlReport(attribution).write(html, run, ranking, results.store());
            htmlNanos = System.nanoTime() - start;
            sdfNanos = TaskResults.get(sdfWritten, "writing " + TOP_SDF);
        } finally {
            side.shutdownNow();
        }
        files.add(OutputFile.of(sdf));
        files.add(OutputFile.of(html));
        LOG.info("wrote {} ({} compounds) in {} ms, {} in {} ms, {} in {} ms", RANKED_CSV, ranking.size(),
                (t1 - t0) / 1_000_000, TOP_SDF, sdfNanos / 1_000_000, REPORT_HTML, htmlNanos / 1_000_000);
        Path summary = dir.resolve(SUMMARY_JSON);
        new SummaryWriter().write(summary, run, ranking, files);
        List<OutputFile> all = new ArrayList<>(files);
        all.add(OutputFile.of(summary));
        return all;
    }
}
