package io.vscreen.screening.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.vscreen.chem.testing.SharedData;

/**
 * {@code vscreen screen} end to end with a real efficacy model trained on BACE rows: the shipped
 * example configuration, {@code --rank pareto}, and the report's atom-level explanations.
 */
class ScreenCommandTest {

    @TempDir
    Path tmp;

    /** A small BACE classifier (the first 400 rows), trained through the command line. */
    private Path baceModel() throws Exception {
        List<String> bace = Files.readAllLines(SharedData.file("moleculenet/bace.csv"));
        Path data = tmp.resolve("bace400.csv");
        Files.write(data, bace.subList(0, 401));
        Path model = tmp.resolve("models/bace");
        CliRun train = CliRun.of("train", "--data", data.toString(), "--tasks", "Class", "--task-type",
                "classification", "--units", "probability", "--role", "efficacy", "--featurizer", "ecfp4:1024",
                "--hidden", "32", "--ensemble", "2", "--epochs", "4", "--split", "scaffold", "--seed", "0", "--out",
                model.toString());
        assertEquals(0, train.code(), train.err());
        return model;
    }

    @Test
    void theReportExplainsTheEfficacyScoreOfEveryHitAtomByAtom() throws Exception {
        Path model = baceModel();
        Path out = tmp.resolve("out");
        Path config = Path.of("examples/screen.json");
        CliRun screen = CliRun.of("screen", "--library", "../libraries/examples/approved_drugs.smi", "--models",
                model.toString(), "--config", config.toString(), "--rank", "pareto", "--top", "8", "--workers", "1",
                "--out", out.toString(), "--repository", tmp.resolve("home").toString());
        assertEquals(0, screen.code(), screen.out() + screen.err());
        assertTrue(screen.out().contains("scores: bace.Class"), screen.out());

        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertEquals("pareto", summary.path("ranking").path("mode").asText(), "--rank reaches the ranking");

        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("occlusion of bace.Class"), "the legend names the explained score");
        Matcher cell = Pattern.compile("<td class=\"depiction explanation\">(.*?)</td>", Pattern.DOTALL).matcher(html);
        List<String> explanations = new ArrayList<>();
        while (cell.find()) {
            explanations.add(cell.group(1));
        }
        assertTrue(explanations.size() >= 5, "one explanation cell per hit: " + explanations.size());
        int coloured = 0;
        for (String svg : explanations) {
            assertTrue(svg.startsWith("<svg"), "an explanation is drawn for every hit, not 'no explanation'");
            if (hasTintedHighlight(svg)) {
                coloured++;
            }
        }
        assertTrue(coloured >= explanations.size() / 2, "green or red atom highlights on most hits: " + coloured);
    }

    /** Whether the SVG fills or strokes with a clearly green or red tint (the attribution glow). */
    private static boolean hasTintedHighlight(String svg) {
        Matcher m = Pattern.compile("#([0-9A-Fa-f]{6})").matcher(svg);
        while (m.find()) {
            int rgb = Integer.parseInt(m.group(1), 16);
            int r = rgb >> 16 & 0xff;
            int g = rgb >> 8 & 0xff;
            int b = rgb & 0xff;
            boolean green = g > r + 25 && g > b + 25;
            boolean red = r > g + 25 && r > b + 25 && !(r > 200 && g > 130 && b < 100); // not the orange alert colour
            if (green || red) {
                return true;
            }
        }
        return false;
    }

    @Test
    void anUnknownRankModeIsRefused() {
        CliRun screen = CliRun.of("screen", "--library", "../libraries/examples/approved_drugs.smi", "--rank", "best",
                "--out", tmp.resolve("out").toString(), "--repository", tmp.resolve("home").toString());
        assertEquals(2, screen.code());
        assertTrue(screen.err().contains("--rank") && screen.err().contains("composite, pareto"), screen.err());
    }
}
