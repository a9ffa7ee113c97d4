package io.vscreen.screening.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.vscreen.screening.testing.TestLibraries;

class DescribeCommandTest {
    private static final Path EXAMPLES = TestLibraries.APPROVED_DRUGS;

    @TempDir
    Path tmp;

    @Test
    void describesTheExampleLibraryInInputOrder() throws IOException {
        Path out = tmp.resolve("drugs.csv");
        assertEquals(0, CliRun.of("describe", "--library", EXAMPLES.toString(), "--fingerprint", "ecfp4:2048",
                "--threads", "2", "--out", out.toString()).code());
        List<CSVRecord> rows = TestLibraries.readCsv(out);
        long lines = Files.readAllLines(EXAMPLES).stream().filter(l -> !l.isBlank()).count() - 1; // header line
        assertEquals(lines, rows.size());
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(Integer.toString(i + 1), rows.get(i).get("record"));
            assertEquals("", rows.get(i).get("error"), () -> "example compounds all parse");
        }
        Map<String, CSVRecord> byId = rows.stream().collect(Collectors.toMap(r -> r.get("id").toLowerCase(), Function.identity(), (a, b) -> a));
        CSVRecord aspirin = byId.get("aspirin");
        assertEquals(180.159, Double.parseDouble(aspirin.get("mw")), 0.01);
        assertEquals("BSYNRYMUTXBXSQ-UHFFFAOYSA-N", aspirin.get("inchikey"));
        assertEquals("1", aspirin.get("hbd"));
        assertEquals("c1ccccc1", aspirin.get("scaffold"));
        assertTrue(aspirin.get("ecfp4_2048").split(" ").length > 10);
        assertEquals("", byId.get("caffeine").get("alerts"));
    }

    @Test
    void badRecordsKeepTheirRowWithAReason() throws IOException {
        Path lib = tmp.resolve("mixed.smi");
        Files.writeString(lib, "CC(=O)Oc1ccccc1C(=O)O aspirin\nC1CC broken_ring\n\nCN(C)(C)(C)C pentavalent\nCn1cnc2c1c(=O)n(C)c(=O)n2C caffeine\n");
        Path out = tmp.resolve("mixed.csv");
        assertEquals(0, CliRun.of("describe", "--library", lib.toString(), "--out", out.toString()).code());
        List<CSVRecord> rows = TestLibraries.readCsv(out);
        List<String> errors = rows.stream().map(r -> r.get("error")).toList();
        assertEquals("", errors.get(0));
        assertEquals("ring bond 1 not closed", errors.get(1));
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("valence 5 on N")), errors::toString);
        assertEquals("", errors.get(errors.size() - 1));
        CSVRecord broken = rows.get(1);
        assertEquals("broken_ring", broken.get("id"));
        assertEquals("", broken.get("mw"));
    }

    @Test
    void missingLibraryIsOneClearError() {
        CliRun describe = CliRun.of("describe", "--library", tmp.resolve("nope.smi").toString(), "--out",
                tmp.resolve("x.csv").toString());
        assertTrue(describe.code() != 0);
        assertTrue(describe.err().contains("nope.smi"), describe.err());
    }
}
