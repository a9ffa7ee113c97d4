package io.vscreen.screening.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.vscreen.screening.jobs.ScreenProgress;

class ProgressDisplayTest {

    @Test
    void plainOutputPrintsTheFirstAndTheLastStateOnce() {
        StringWriter text = new StringWriter();
        ProgressDisplay d = new ProgressDisplay(new PrintWriter(text), false, Duration.ofHours(1));
        d.update(new ScreenProgress(0, 0));
        d.update(new ScreenProgress(0, 1000));
        d.update(new ScreenProgress(400, 1000));
        d.update(new ScreenProgress(1000, 1000));
        d.update(new ScreenProgress(1000, 1000));
        d.finish();
        String[] lines = text.toString().split("\n");
        assertEquals(2, lines.length, text.toString());
        assertTrue(lines[0].startsWith("progress 0/1000 compounds (0.0%)"), lines[0]);
        assertTrue(lines[1].startsWith("progress 1000/1000 compounds (100.0%)"), lines[1]);
    }

    @Test
    void terminalOutputRedrawsOneLine() {
        StringWriter text = new StringWriter();
        ProgressDisplay d = new ProgressDisplay(new PrintWriter(text), true, Duration.ofSeconds(5));
        d.update(new ScreenProgress(250, 1000));
        d.finish();
        assertTrue(text.toString().startsWith("\r[########......................] 250/1000 compounds"), text.toString());
        assertTrue(text.toString().endsWith(System.lineSeparator()));
    }

    @Test
    void theRankStepIsAnnouncedAfterTheLastScoringProgress() {
        StringWriter text = new StringWriter();
        ProgressDisplay d = new ProgressDisplay(new PrintWriter(text), false, Duration.ofHours(1));
        d.update(new ScreenProgress(0, 10, "score"));
        d.update(new ScreenProgress(10, 10, "rank"));
        d.update(new ScreenProgress(10, 10, "rank"));
        d.update(new ScreenProgress(10, 10, "report"));
        String[] lines = text.toString().split("\n");
        assertEquals(4, lines.length, text.toString());
        assertTrue(lines[1].startsWith("progress 10/10"), lines[1]);
        assertTrue(lines[2].startsWith("ranking"), lines[2]);
        assertTrue(lines[3].startsWith("writing the report"), lines[3]);
    }

    @Test
    void durationsReadAsClockTime() {
        assertEquals("0:59", ProgressDisplay.formatDuration(59));
        assertEquals("2:05", ProgressDisplay.formatDuration(125));
        assertEquals("1:00:00", ProgressDisplay.formatDuration(3600));
    }
}
