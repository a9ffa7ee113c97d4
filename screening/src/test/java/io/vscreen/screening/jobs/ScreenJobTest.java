package io.vscreen.screening.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import jakarta.batch.runtime.BatchStatus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.vscreen.screening.batch.ScreenCounts;
import io.vscreen.screening.batch.ScreenParameters;
import io.vscreen.screening.testing.TestLibraries;

class ScreenJobTest {

    @TempDir
    Path tmp;

    @Test
    void screensALibraryAndReconcilesTheCounts() throws Exception {
        Path library = TestLibraries.tox21Smiles(tmp, 500);
        Path out = tmp.resolve("out");
        ScreenParameters p = new ScreenParameters(List.of(library), "", "", "", List.of(), null, 10, 2, 64, 50, out);
        try (ScreeningJobs jobs = ScreeningJobs.open(RepositoryLocation.inHome(tmp.resolve("home")))) {
            long id = jobs.start(p);
            BatchStatus status = jobs.await(id, Duration.ofMillis(200), null);
            assertEquals(BatchStatus.COMPLETED, status);
            ScreenCounts counts = ScreenCounts.read(out.resolve(".vscreen/counts.properties"));
            assertEquals(504, counts.read());
            List<String> ranked = Files.readAllLines(out.resolve("ranked.csv"), StandardCharsets.UTF_8);
            assertEquals(counts.scored() + 1, ranked.size());
            List<String> rejects = Files.readAllLines(out.resolve("rejects.csv"), StandardCharsets.UTF_8);
            assertTrue(rejects.stream().anyMatch(l -> l.contains("broken-ring")), rejects.toString());
            List<String> dups = Files.readAllLines(out.resolve("duplicates.csv"), StandardCharsets.UTF_8);
            assertTrue(dups.stream().anyMatch(l -> l.startsWith("502,ethanol-again,LFQSCWFLJHTTHZ-UHFFFAOYSA-N,501,")),
                    dups.toString());
            assertEquals(counts.read(), jobs.execution(id).progress().done());
            JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
            assertEquals(504, summary.path("counts").path("read").asLong());
            assertEquals(counts.duplicates(), summary.path("counts").path("duplicates").asLong());
            assertEquals(504, summary.path("libraries").get(0).path("records").asLong());
            assertEquals("SMILES", summary.path("libraries").get(0).path("format").asText());
            assertTrue(summary.path("timings").path("stepSeconds").has("score"), summary.toString());
        }
    }

    @Test
    void saltFormsOfADrugAreDuplicatesOfTheParent() throws Exception {
        Path library = Path.of("../libraries/examples/approved_drugs.smi");
        Path out = tmp.resolve("drugs");
        ScreenParameters p = new ScreenParameters(List.of(library), "", "", "", List.of(), null, 10, 2, 64, 50, out);
        try (ScreeningJobs jobs = ScreeningJobs.open(RepositoryLocation.inHome(tmp.resolve("home")))) {
            long id = jobs.start(p);
            assertEquals(BatchStatus.COMPLETED, jobs.await(id, Duration.ofMillis(200), null));
        }
        List<String> dups = Files.readAllLines(out.resolve("duplicates.csv"), StandardCharsets.UTF_8);
        // the salt is standardized to its parent (largest fragment, neutralized): same InChIKey
        assertTrue(dups.contains("8,metformin hydrochloride,XZWYZXLIPXDOLR-UHFFFAOYSA-N,7,approved_drugs.smi"),
                dups.toString());
        assertTrue(dups.stream().anyMatch(l -> l.contains(",naproxen sodium,CMWTZPSULFXXJA-VIFPVBQESA-N,")),
                dups.toString());
        List<Long> records = dups.stream().skip(1).map(l -> Long.parseLong(l.substring(0, l.indexOf(',')))).toList();
        assertEquals(records.stream().sorted().toList(), records, "duplicates are listed in record order");
        ScreenCounts counts = ScreenCounts.read(out.resolve(".vscreen/counts.properties"));
        assertEquals(120, counts.read());
        assertEquals(dups.size() - 1, counts.duplicates());
        List<String> ranked = Files.readAllLines(out.resolve("ranked.csv"), StandardCharsets.UTF_8);
        assertTrue(ranked.stream().noneMatch(l -> l.contains("metformin hydrochloride")));
    }
}
