package io.vscreen.screening.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.vscreen.chem.MoleculeParser;
import io.vscreen.chem.scaffold.Scaffolds;
import io.vscreen.chem.testing.SharedData;
import io.vscreen.models.pkg.ModelPackage;

/** {@code vscreen split} writes the split {@code vscreen train} uses, one line per input row. */
class SplitCommandTest {
    @TempDir
    Path tmp;

    /** The first 300 BACE rows plus a SMILES no parser accepts and a row without labels. */
    private Path baceSlice() throws IOException {
        List<String> bace = Files.readAllLines(SharedData.file("moleculenet/bace.csv"));
        List<String> lines = new ArrayList<>(bace.subList(0, 151));
        lines.add("C1CC(=O,broken,1,6.5");
        lines.add("CC(=O)Nc1ccc(O)cc1,paracetamol,,");
        lines.addAll(bace.subList(151, 301));
        Path data = tmp.resolve("bace302.csv");
        Files.write(data, lines);
        return data;
    }

    private static List<CSVRecord> read(Path file) throws IOException {
        try (CSVParser p = CSVParser.parse(file, StandardCharsets.UTF_8,
                CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return p.getRecords();
        }
    }

    @Test
    void splitHasTheCountsTrainingLogsAndKeepsScaffoldsTogether() throws Exception {
        Path data = baceSlice();
        Path out = tmp.resolve("split.csv");
        CliRun split = CliRun.of("split", "--data", data.toString(), "--tasks", "Class,pIC50", "--featurizer", "ecfp4:1024",
                "--split", "scaffold", "--out", out.toString());
        assertEquals(0, split.code(), split.err());

        CliRun train = CliRun.of("train", "--data", data.toString(), "--tasks", "Class,pIC50", "--task-type",
                "classification,regression", "--role", "efficacy", "--featurizer", "ecfp4:1024", "--hidden", "8",
                "--ensemble", "1", "--epochs", "1", "--split", "scaffold", "--out", tmp.resolve("pkg").toString());
        assertEquals(0, train.code(), train.err());
        String trainSummary = train.out().lines().filter(l -> l.startsWith("scaffold split:")).findFirst().orElseThrow();

        List<CSVRecord> rows = read(out);
        assertEquals(302, rows.size(), "one line per input row");
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(Integer.toString(i + 1), rows.get(i).get("row"), "input order");
            counts.merge(rows.get(i).get("set"), 1, Integer::sum);
        }
        assertEquals(Set.of("train", "valid", "test", "rejected"), counts.keySet());
        assertEquals(302, counts.values().stream().mapToInt(Integer::intValue).sum());
        assertEquals(String.format("scaffold split: %d train, %d validation, %d test", counts.get("train"),
                counts.get("valid"), counts.get("test")), trainSummary);
        assertTrue(split.out().contains(trainSummary), split.out());
        var validation = ModelPackage.load(tmp.resolve("pkg")).manifest().validation();
        assertEquals(List.of(counts.get("train"), counts.get("valid"), counts.get("test")),
                List.of(validation.trainRows(), validation.validRows(), validation.testRows()));

        CSVRecord broken = rows.get(150);
        assertEquals("rejected", broken.get("set"));
        assertFalse(broken.get("reason").isBlank());
        assertEquals("1", broken.get("Class"));
        assertEquals("6.5", broken.get("pIC50"));
        CSVRecord unlabelled = rows.get(151);
        assertEquals("rejected", unlabelled.get("set"));
        assertTrue(unlabelled.get("reason").contains("no label"), unlabelled.get("reason"));
        assertEquals(2, counts.get("rejected"));

        // labels are the input's, and each scaffold of the standardized molecules lies in one set
        List<CSVRecord> input = read(data);
        MoleculeParser parser = new MoleculeParser();
        Scaffolds scaffolds = new Scaffolds();
        Map<String, String> setOfScaffold = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            CSVRecord r = rows.get(i);
            assertEquals(input.get(i).get("smiles"), r.get("smiles"));
            if (r.get("set").equals("rejected")) {
                continue;
            }
            assertEquals(Double.parseDouble(input.get(i).get("pIC50")), Double.parseDouble(r.get("pIC50")), 0);
            assertEquals(Double.parseDouble(input.get(i).get("Class")), Double.parseDouble(r.get("Class")), 0);
            String scaffold = scaffolds.murcko(parser.parseSmiles(r.get("standardized_smiles")));
            String before = setOfScaffold.putIfAbsent(scaffold, r.get("set"));
            assertTrue(before == null || before.equals(r.get("set")),
                    "scaffold " + scaffold + " is in " + before + " and " + r.get("set") + " (row " + r.get("row") + ")");
        }
    }

    @Test
    void sameSeedGivesTheSameFileAndRandomSplitsKeepMissingLabels() throws Exception {
        List<String> tox21 = Files.readAllLines(SharedData.file("moleculenet/tox21.csv"));
        Path data = tmp.resolve("tox21-200.csv");
        Files.write(data, tox21.subList(0, 201));
        String tasks = "NR-AR,NR-AhR,SR-MMP";
        Path a = tmp.resolve("a.csv");
        Path b = tmp.resolve("b.csv");
        Path c = tmp.resolve("c.csv");
        for (Object[] run : new Object[][] {{a, "0"}, {b, "0"}, {c, "1"}}) {
            CliRun r = CliRun.of("split", "--data", data.toString(), "--tasks", tasks, "--split", "random", "--seed",
                    (String) run[1], "--out", run[0].toString());
            assertEquals(0, r.code(), r.err());
        }
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        assertNotEquals(Files.readString(a), Files.readString(c));

        List<CSVRecord> rows = read(a);
        assertEquals(List.of("row", "smiles", "standardized_smiles", "set", "NR-AR", "NR-AhR", "SR-MMP", "reason"),
                CSVParser.parse(a, StandardCharsets.UTF_8, CSVFormat.DEFAULT.builder().setHeader().get()).getHeaderNames());
        List<CSVRecord> input = read(data);
        int usable = 0;
        int test = 0;
        int valid = 0;
        for (int i = 0; i < rows.size(); i++) {
            for (String task : tasks.split(",")) {
                String given = input.get(i).get(task);
                String written = rows.get(i).get(task);
                if (given.isBlank()) {
                    assertEquals("", written, "row " + (i + 1) + " " + task + " was not tested");
                } else {
                    assertEquals(Double.parseDouble(given), Double.parseDouble(written), 0);
                }
            }
            String set = rows.get(i).get("set");
            usable += set.equals("rejected") ? 0 : 1;
            test += set.equals("test") ? 1 : 0;
            valid += set.equals("valid") ? 1 : 0;
        }
        assertEquals(200, rows.size());
        assertEquals(Math.round(0.1 * usable), test);
        assertEquals(Math.round(0.1 * usable), valid);
    }

    @Test
    void missingTaskColumnIsNamed() throws Exception {
        Path data = tmp.resolve("drugs.csv");
        Files.writeString(data, "smiles,active\nCC(=O)Oc1ccccc1C(=O)O,1\n");
        CliRun r = CliRun.of("split", "--data", data.toString(), "--tasks", "pIC50", "--out", tmp.resolve("o.csv").toString());
        assertNotEquals(0, r.code());
        assertTrue(r.err().contains("pIC50") && r.err().contains("active"), r.err());
    }
}
