package io.vscreen.screening.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.vscreen.models.ModelException;
import io.vscreen.reports.rank.RankingConfig;

class ScreenSetupTest {

    @TempDir
    Path tmp;

    private ScreenParameters parameters(List<String> models, Path config, int top) {
        return new ScreenParameters(List.of(tmp.resolve("lib.smi")), "", "", "", models, config, top, 1, 64, 100,
                tmp.resolve("out"));
    }

    @Test
    void aYamlConfigurationNamesModelsAndTheRanking() throws Exception {
        Path yaml = tmp.resolve("screen.yaml");
        Files.writeString(yaml, """
                models: [bace, tox21]
                topN: 25
                scores:
                  bace.Class: { desirability: sigmoid, low: 0.3, high: 0.8, weight: 2 }
                filters:
                  maxLipinskiViolations: 1
                """);
        ScreenSetup.ScreenConfig c = ScreenSetup.config(parameters(List.of(), yaml, 0));
        assertEquals(List.of("bace", "tox21"), c.models());
        assertEquals(25, c.ranking().topN());
        assertEquals(10, ScreenSetup.config(parameters(List.of(), yaml, 10)).ranking().topN(), "--top wins");
    }

    @Test
    void rankOnTheCommandLineOverridesTheConfiguration() throws Exception {
        Path json = tmp.resolve("screen.json");
        Files.writeString(json, "{\"rank\": \"composite\", \"topN\": 5}");
        ScreenParameters pareto = new ScreenParameters(List.of(tmp.resolve("lib.smi")), "", "", "", List.of(), json, 0,
                1, 64, 100, tmp.resolve("out"), "pareto");
        assertEquals(RankingConfig.RankMode.PARETO, ScreenSetup.config(pareto).ranking().rank());
        assertEquals(RankingConfig.RankMode.COMPOSITE, ScreenSetup.config(parameters(List.of(), json, 0)).ranking().rank());
        assertEquals("pareto", ScreenParameters.fromJobParameters(pareto.toJobParameters()).rank(),
                "a restarted screen ranks the same way");
        assertThrows(IllegalArgumentException.class, () -> new ScreenParameters(List.of(tmp.resolve("lib.smi")), "", "",
                "", List.of(), json, 0, 1, 64, 100, tmp.resolve("out"), "best"));
    }

    @Test
    void theShippedExampleConfigurationReads() throws Exception {
        ScreenSetup.ScreenConfig c = ScreenSetup.config(parameters(List.of(), Path.of("examples/screen.json"), 0));
        assertEquals(List.of("bace", "tox21", "clintox"), c.models());
        assertEquals(50, c.ranking().topN());
        assertEquals(2, c.ranking().diversity().maxPerScaffold());
    }

    @Test
    void aJsonConfigurationWithAnUnknownFieldIsAnErrorNamingTheFile() throws Exception {
        Path json = tmp.resolve("screen.json");
        Files.writeString(json, "{\"topN\": 5, \"nonsense\": 1}");
        IOException e = assertThrows(IOException.class, () -> ScreenSetup.config(parameters(List.of(), json, 0)));
        assertTrue(e.getMessage().contains("screen.json"), e.getMessage());
    }

    @Test
    void withoutInstalledModelsTheScreenRanksByDrugLikeness() throws Exception {
        // the registry looks in $vscreen.home/models/zoo and ~/.vscreen/models: point both at nothing
        String previous = System.getProperty("vscreen.home");
        String home = System.getProperty("user.home");
        System.setProperty("vscreen.home", tmp.toString());
        System.setProperty("user.home", tmp.toString());
        try {
            assertEquals(List.of("druglikeness.qed"), ScreenSetup.validate(parameters(List.of(), null, 0)));
            assertThrows(ModelException.class, () -> ScreenSetup.validate(parameters(List.of("no-such-model"), null, 0)));
        } finally {
            System.setProperty("user.home", home);
            if (previous == null) {
                System.clearProperty("vscreen.home");
            } else {
                System.setProperty("vscreen.home", previous);
            }
        }
    }
}
