package io.vscreen.reports.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.vscreen.reports.testing.DrugScreen;

/**
 * Opens report.html of the 50-drug fixture screen in headless Chromium (offline, fresh profile)
 * and checks what a reader sees: the rendered DOM holds the depictions and plots, and the
 * screenshot shows them. Skips when Chromium is not installed. The page and its screenshot stay
 * in {@code target/report-drugs/} for inspection.
 */
class HtmlReportChromiumTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    /** Deep enough to reach the beta-lactams, whose alert is highlighted. */
    static final int TOP = 30;
    static Path dir;

    @BeforeAll
    static void writeReport() throws IOException {
        dir = Path.of("target", "report-drugs").toAbsolutePath();
        Files.createDirectories(dir);
        DrugScreen.write(dir, DrugScreen.config(TOP));
    }

    static String run(List<String> extra, Path profile) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile));
        cmd.addAll(extra);
        cmd.add(dir.resolve("report.html").toUri().toString());
        Path out = Files.createTempFile("chromium-", ".out");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(false).redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("chromium did not finish in 120 s: " + cmd);
        }
        String text = Files.readString(out, StandardCharsets.UTF_8);
        Files.delete(out);
        return text;
    }

    static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void renderedDomShowsStructuresExplanationsAndPlots() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "skipped: Chromium is not installed at " + CHROMIUM);
        Path profile = Files.createTempDirectory("chromium-profile-");
        String dom = run(List.of("--dump-dom"), profile);
        assertTrue(dom.contains("Run summary"), "page rendered: " + dom.substring(0, Math.min(300, dom.length())));
        int hits = count(dom, "<tr class=\"hit\"");
        assertTrue(hits > 20 && hits <= TOP, "one table row per selected hit: " + hits);
        assertEquals(hits, count(dom, "<td class=\"depiction structure\"><svg"), "an inline SVG depiction per hit");
        assertEquals(hits, count(dom, "<td class=\"depiction explanation\"><svg"), "an atom attribution per hit");
        assertTrue(dom.contains("<div class=\"alert\">fixture:beta_lactam</div>"), "alert named beside the hit");
        assertTrue(dom.toUpperCase(java.util.Locale.ROOT).contains("#F2A541"), "alert atoms highlighted in the depiction");
        for (String id : List.of("plot-composite", "plot-score-0", "plot-score-1", "plot-score-2", "plot-score-3",
                "plot-eff-tox", "plot-mw-logp", "plot-tpsa-qed")) {
            assertTrue(dom.contains("id=\"" + id + "\""), "plot " + id);
        }
        // the plot SVGs carry drawn content: bars / density blocks as paths or rects
        Matcher plot = Pattern.compile("<svg[^>]*id=\"plot-eff-tox\".*?</svg>", Pattern.DOTALL).matcher(dom);
        assertTrue(plot.find());
        assertTrue(count(plot.group(), "<(rect|path|ellipse)") > 50, "efficacy/toxicity plot has drawn marks");
        long outside = 0;
        try (CSVParser csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(Files.newBufferedReader(dir.resolve("ranked.csv")))) {
            for (CSVRecord r : csv) {
                if (r.get("selected").equals("true") && Double.parseDouble(r.get("demo.ad_similarity")) < 0.2) {
                    outside++;
                }
            }
        }
        assertEquals(outside, count(dom, "outside the applicability domain of demo"), "one warning per hit outside the domain");
    }

    @Test
    void screenshotShowsThePage() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "skipped: Chromium is not installed at " + CHROMIUM);
        Path png = dir.resolve("report.png");
        Files.deleteIfExists(png);
        run(List.of("--hide-scrollbars", "--window-size=1400,3200", "--screenshot=" + png), Files.createTempDirectory("chromium-profile-"));
        assertTrue(Files.size(png) > 20_000, "screenshot written");
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(1400, img.getWidth());
        int red = 0;
        int green = 0;
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                int rgb = img.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                red += r > 180 && g < 110 && b < 120 ? 1 : 0;
                green += g > 130 && r < 100 && b < 110 ? 1 : 0;
            }
        }
        assertTrue(red > 100, "selected hits drawn in red on the plots: " + red);
        assertTrue(green > 100, "attribution highlights drawn in green: " + green);
    }
}
