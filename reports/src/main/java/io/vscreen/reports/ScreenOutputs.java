package io.vscreen.reports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
 * their SHA-256.
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
        Path sdf = dir.resolve(TOP_SDF);
        new TopSdfWriter(columns).write(sdf, ranking, results.store());
        files.add(OutputFile.of(sdf));
        long t2 = System.nanoTime();
        Path html = dir.resolve(REPORT_HTML);
        new HtmlReport(attribution).write(html, run, ranking, results.store());
        files.add(OutputFile.of(html));
        long t3 = System.nanoTime();
        LOG.info("wrote {} ({} compounds) in {} ms, {} in {} ms, {} in {} ms", RANKED_CSV, ranking.size(),
                (t1 - t0) / 1_000_000, TOP_SDF, (t2 - t1) / 1_000_000, REPORT_HTML, (t3 - t2) / 1_000_000);
        Path summary = dir.resolve(SUMMARY_JSON);
        new SummaryWriter().write(summary, run, ranking, files);
        List<OutputFile> all = new ArrayList<>(files);
        all.add(OutputFile.of(summary));
        return all;
    }
}
