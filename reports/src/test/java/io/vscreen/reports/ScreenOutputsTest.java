package io.vscreen.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.io.iterator.IteratingSDFReader;
import org.openscience.cdk.silent.SilentChemObjectBuilder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vscreen.reports.output.OutputFile;
import io.vscreen.reports.testing.DrugScreen;

/** The four outputs of a screen of 50 named drugs (synthetic scores), read back with real readers. */
class ScreenOutputsTest {

    @TempDir
    static Path dir;
    static DrugScreen.Run run;

    @BeforeAll
    static void writeOutputs() throws IOException {
        run = DrugScreen.write(dir, DrugScreen.config(12));
    }

    static List<CSVRecord> rankedCsv() throws IOException {
        try (Reader r = Files.newBufferedReader(dir.resolve("ranked.csv"), StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            return p.getRecords();
        }
    }

    @Test
    void rankedCsvHasTheDocumentedSchemaAndEveryCompoundInRankOrder() throws IOException {
        String header = Files.readAllLines(dir.resolve("ranked.csv")).get(0);
        assertEquals("rank,id,smiles,score,pareto_front,selected,filtered,demo.active,demo.herg,demo.ames,demo.logS,"
                + "demo.active_std,demo.herg_std,demo.ames_std,demo.logS_std,demo.ad_similarity,mw,logp,tpsa,hbd,hba,"
                + "rotb,qed,lipinski_violations,alerts,scaffold,cluster,inchikey,source,record", header);
        List<CSVRecord> rows = rankedCsv();
        assertEquals(50, rows.size());
        Set<String> ids = new HashSet<>();
        double previous = Double.POSITIVE_INFINITY;
        boolean inFiltered = false;
        int selected = 0;
        for (int i = 0; i < rows.size(); i++) {
            CSVRecord r = rows.get(i);
            assertEquals(Integer.toString(i + 1), r.get("rank"));
            ids.add(r.get("id"));
            boolean filtered = !r.get("filtered").isEmpty();
            if (inFiltered) {
                assertTrue(filtered, "filtered compounds come last");
            } else if (filtered) {
                inFiltered = true;
                previous = Double.POSITIVE_INFINITY;
            }
            double score = Double.parseDouble(r.get("score"));
            assertTrue(score <= previous, "scores descend within the unfiltered and filtered blocks");
            previous = score;
            if (r.get("selected").equals("true")) {
                selected++;
                assertFalse(filtered);
                assertFalse(r.get("cluster").isEmpty(), "a selected compound is the centre of its cluster");
            }
        }
        assertEquals(50, ids.size());
        assertEquals(12, selected);
        // values are those of the input
        Candidate propranolol = run.candidates().stream().filter(c -> c.id().equals("Propanolol")).findFirst().orElseThrow();
        CSVRecord p = rows.stream().filter(r -> r.get("id").equals("Propanolol")).findFirst().orElseThrow();
        assertEquals(propranolol.smiles(), p.get("smiles"));
        assertEquals(259.35, Double.parseDouble(p.get("mw")), 1e-9);
        assertEquals(propranolol.score("demo.herg").value(), Double.parseDouble(p.get("demo.herg")), 5e-5);
        assertEquals("1", p.get("record"));
        // the alkyl-halide filter and the Lipinski filter name their reasons
        CSVRecord chlorambucil = rows.stream().filter(r -> r.get("id").equals("Terbutylchlorambucil")).findFirst().orElseThrow();
        assertEquals("alert fixture:alkyl_halide", chlorambucil.get("filtered"));
        assertEquals("fixture:alkyl_halide", chlorambucil.get("alerts"));
    }

    @Test
    void topSdfReadsBackInCdkWithCoordinatesAndEveryColumn() throws IOException {
        List<String> header = new ArrayList<>(rankedCsv().get(0).getParser().getHeaderNames());
        List<CSVRecord> selectedRows = rankedCsv().stream().filter(r -> r.get("selected").equals("true")).toList();
        List<IAtomContainer> mols = new ArrayList<>();
        try (IteratingSDFReader reader = new IteratingSDFReader(Files.newBufferedReader(dir.resolve("top.sdf")),
                SilentChemObjectBuilder.getInstance())) {
            reader.forEachRemaining(mols::add);
        }
        assertEquals(12, mols.size());
        for (int i = 0; i < mols.size(); i++) {
            IAtomContainer m = mols.get(i);
            CSVRecord row = selectedRows.get(i);
            assertEquals(row.get("id"), m.getTitle());
            for (String column : header) {
                Object value = m.getProperty(column);
                String expected = row.get(column);
                assertEquals(expected, value == null ? "" : value.toString().strip(), "SD property " + column + " of " + m.getTitle());
            }
            double minX = Double.MAX_VALUE;
            double maxX = -Double.MAX_VALUE;
            for (IAtom a : m.atoms()) {
                assertNotNull(a.getPoint2d(), "2D coordinates");
                minX = Math.min(minX, a.getPoint2d().x);
                maxX = Math.max(maxX, a.getPoint2d().x);
            }
            assertTrue(maxX - minX > 1.0, "a real layout, not all atoms at the origin");
        }
    }

    @Test
    void rankedCsvAndTopSdfReadBackInPythonAndRdkit() throws Exception {
        Path python = Path.of("/usr/bin/python3");
        assumeTrue(Files.isExecutable(python), "skipped: no /usr/bin/python3");
        Process probe = new ProcessBuilder(python.toString(), "-c", "import rdkit").redirectErrorStream(true).start();
        assumeTrue(probe.waitFor() == 0, "skipped: RDKit for Python (python3-rdkit) is not installed");
        Path stderr = dir.resolve("read_back.err");
        Process p = new ProcessBuilder(python.toString(), "src/test/scripts/read_back.py", dir.toString())
                .redirectError(stderr.toFile()).start();
        byte[] stdout = p.getInputStream().readAllBytes();
        assertEquals(0, p.waitFor(), () -> "read_back.py failed: " + readQuietly(stderr));
        Files.delete(stderr);
        JsonNode r = new ObjectMapper().readTree(stdout);
        List<CSVRecord> rows = rankedCsv();
        assertEquals(rows.size(), r.get("csv_rows").asInt());
        List<String> header = new ArrayList<>();
        r.get("csv_header").forEach(h -> header.add(h.asText()));
        assertEquals(rows.get(0).getParser().getHeaderNames(), header);
        assertEquals(rows.get(0).toMap(), new ObjectMapper().convertValue(r.get("csv_first"), Map.class));
        List<CSVRecord> selected = rows.stream().filter(x -> x.get("selected").equals("true")).toList();
        JsonNode mols = r.get("mols");
        assertEquals(selected.size(), mols.size());
        for (int i = 0; i < mols.size(); i++) {
            JsonNode m = mols.get(i);
            assertFalse(m.isNull(), "RDKit reads and sanitizes molecule " + (i + 1));
            assertEquals(selected.get(i).get("id"), m.get("title").asText());
            assertFalse(m.get("is3d").asBoolean());
            assertTrue(m.get("width").asDouble() > 1.0, "2D layout");
            assertEquals(m.get("csv_smiles").asText(), m.get("smiles").asText(), "molblock and SMILES agree");
            for (String column : header) {
                assertTrue(m.get("props").has(column) || selected.get(i).get(column).isEmpty(),
                        "SD property " + column + " of " + m.get("title").asText());
                if (m.get("props").has(column)) {
                    assertEquals(selected.get(i).get(column), m.get("props").get(column).asText(), column);
                }
            }
        }
    }

    @Test
    void topSdfReadsBackInOpenBabel() throws Exception {
        Path obabel = Path.of("/usr/bin/obabel");
        assumeTrue(Files.isExecutable(obabel), "skipped: Open Babel (Debian package openbabel) is not installed");
        Process p = new ProcessBuilder(obabel.toString(), "-isdf", dir.resolve("top.sdf").toString(), "-osmi",
                "--append", "rank score").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<String> lines = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                .lines().filter(l -> !l.isBlank()).toList();
        assertEquals(0, p.waitFor());
        List<CSVRecord> selected = rankedCsv().stream().filter(x -> x.get("selected").equals("true")).toList();
        assertEquals(selected.size(), lines.size(), () -> "Open Babel read " + lines);
        for (int i = 0; i < lines.size(); i++) {
            // SMILES <tab> title rank score: the title and the two SD properties survive
            String[] cols = lines.get(i).split("\t", 2);
            CSVRecord row = selected.get(i);
            assertEquals(row.get("id") + " " + row.get("rank") + " " + row.get("score"), cols[1].strip(), lines.get(i));
            assertFalse(cols[0].isBlank(), "a structure for " + row.get("id"));
        }
    }

    static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return e.toString();
        }
    }

    @Test
    void summaryListsCountsAndEveryFileWithItsHash() throws IOException {
        JsonNode s = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
        assertEquals(52, s.at("/counts/read").asInt());
        assertEquals(50, s.at("/counts/ranked").asInt());
        assertEquals(12, s.at("/counts/selected").asInt());
        assertTrue(s.at("/counts/filtered").asInt() >= 1);
        assertEquals(12.5, s.at("/timing/compoundsPerSecond").asDouble(), 1e-9);
        assertEquals("demo", s.at("/models/0/name").asText());
        assertEquals("composite", s.at("/ranking/mode").asText());
        JsonNode files = s.get("files");
        assertEquals(3, files.size());
        for (JsonNode f : files) {
            OutputFile actual = OutputFile.of(dir.resolve(f.get("name").asText()));
            assertEquals(actual.sha256(), f.get("sha256").asText());
            assertEquals(actual.bytes(), f.get("bytes").asLong());
        }
        assertEquals(List.of("ranked.csv", "top.sdf", "report.html"),
                List.of(files.get(0).get("name").asText(), files.get(1).get("name").asText(), files.get(2).get("name").asText()));
        assertEquals(4, run.files().size());
    }
}
