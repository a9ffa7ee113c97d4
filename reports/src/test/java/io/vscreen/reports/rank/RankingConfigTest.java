package io.vscreen.reports.rank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.vscreen.reports.Candidate;
import io.vscreen.reports.ScoreColumn;

class RankingConfigTest {

    static RankingConfig example() throws IOException {
        try (InputStream in = RankingConfig.class.getResourceAsStream("example-screen.json")) {
            return RankingConfig.read(in);
        }
    }

    @Test
    void exampleFileLoadsWithEverySection() throws IOException {
        RankingConfig c = example();
        assertEquals(RankingConfig.RankMode.COMPOSITE, c.rank());
        assertEquals(50, c.topN());
        assertEquals(2.0, c.scores().get("bace.active").weight());
        assertEquals("down", c.scores().get("tox21.SR-p53").direction());
        assertNull(c.scores().get("tox21.NR-AR").low());
        assertEquals(new RankingConfig.Penalty(0.05, 0.30, 0.5, 1), c.uncertainty());
        assertEquals(List.of("bace.active", "tox21.SR-p53"), c.pareto().objectives());
        assertEquals(1, c.filters().maxLipinskiViolations());
        assertTrue(c.filters().rejectAlerts());
        assertEquals(600.0, c.filters().ranges().get("mw").max());
        assertNull(c.filters().ranges().get("rotb").min());
        assertEquals(RankingConfig.DiversityMethod.SPHERE, c.diversity().method());
        assertEquals(3, c.diversity().maxPerScaffold());
    }

    @Test
    void exampleResolvesAgainstItsModels() throws IOException {
        ScoreColumn active = ScoreColumn.efficacy("bace", "active");
        ScoreColumn pic50 = new ScoreColumn("bace", "pIC50", ScoreColumn.Role.EFFICACY, ScoreColumn.Kind.REGRESSION);
        ScoreColumn p53 = ScoreColumn.toxicity("tox21", "SR-p53");
        ScoreColumn ar = ScoreColumn.toxicity("tox21", "NR-AR");
        ScoreColumn logS = new ScoreColumn("esol", "logS", ScoreColumn.Role.PROPERTY, ScoreColumn.Kind.REGRESSION);
        RankTable.Builder b = RankTable.builder(List.of(active, pic50, p53, ar, logS));
        b.add(Candidate.builder(1, "x").smiles("C").build(), "");
        ScoringPlan plan = ScoringPlan.resolve(example(), b.build());
        assertEquals(Desirability.sigmoidUp(0.3, 0.8), plan.valueDesirability(0));
        assertEquals(Desirability.rampUp(6, 8), plan.valueDesirability(1));
        assertEquals(Desirability.sigmoidDown(0.2, 0.6), plan.valueDesirability(2));
        assertEquals(Desirability.sigmoidDown(0.2, 0.6), plan.valueDesirability(3), "role default");
        assertEquals(0.5, plan.weight(3));
        assertEquals(0.0, plan.weight(4));
        // regression uncertainty bounds scale with the transition width (8 - 6)
        ScoringPlan.Term pic50Std = plan.terms().stream()
                .filter(t -> t.column() == 1 && t.source() == ScoringPlan.Source.STD).findFirst().orElseThrow();
        assertEquals(0.1, pic50Std.desirability().low(), 1e-12);
        assertEquals(0.6, pic50Std.desirability().high(), 1e-12);
    }

    @Test
    void emptyObjectMeansDefaults() throws IOException {
        assertEquals(RankingConfig.defaults(), RankingConfig.parse("{}"));
        assertEquals(RankingConfig.RankMode.PARETO, RankingConfig.parse("{\"rank\": \"Pareto\"}").rank());
        assertEquals(RankingConfig.DiversityMethod.SPHERE,
                RankingConfig.parse("{\"diversity\": {\"method\": \"sphere-exclusion\"}}").diversity().method());
    }

    @Test
    void mistakesNameTheFileAndTheField(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("screen.json");
        Files.writeString(file, "{\"topN\": 10, \"diversty\": {}}");
        IOException e = assertThrows(IOException.class, () -> RankingConfig.load(file));
        assertTrue(e.getMessage().contains("screen.json") && e.getMessage().contains("diversty"), e.getMessage());
        Files.writeString(file, "{\"diversity\": {\"threshold\": 1.5}}");
        e = assertThrows(IOException.class, () -> RankingConfig.load(file));
        assertTrue(e.getMessage().contains("threshold"), e.getMessage());
        Files.writeString(file, "{\"scores\": {\"a.b\": {\"desirability\": \"cubic\"}}}");
        e = assertThrows(IOException.class, () -> RankingConfig.load(file));
        assertTrue(e.getMessage().contains("cubic"), e.getMessage());
    }
}
