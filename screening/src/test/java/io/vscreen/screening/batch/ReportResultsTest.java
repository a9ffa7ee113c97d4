package io.vscreen.screening.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.vscreen.chem.fingerprints.Fingerprint;
import io.vscreen.reports.Candidate;
import io.vscreen.reports.ScoreColumn;

class ReportResultsTest {

    static final List<ScoreColumn> COLUMNS = List.of(ScoreColumn.efficacy("bace", "Class"),
            ScoreColumn.toxicity("tox21", "SR-p53"));

    /** Aspirin, caffeine and ibuprofen, again and again, with scores and fingerprints that vary. */
    static List<String> lines(int n) {
        String[][] drugs = {
                {"BSYNRYMUTXBXSQ-UHFFFAOYSA-N", "aspirin", "CC(=O)Oc1ccccc1C(=O)O", "c1ccccc1", "",
                        "180.15899999999999,180.04225873,1.3101,63.6,1,3,2,13,1,1,0.1111111111111111,0,0,0.5501,0,true"},
                {"RYYVLZVUVIJVGH-UHFFFAOYSA-N", "caffeine", "Cn1c(=O)c2c(ncn2C)n(C)c1=O", "O=c1[nH]c(=O)c2[nH]cnc2[nH]1", "",
                        "194.194,194.08037556,-1.0293,61.82,0,6,0,14,2,2,0.375,0,0,0.5384628262372215,0,true"},
                {"HEFNNWSXXWATRW-UHFFFAOYSA-N", "", "CC(C)Cc1ccc(cc1)C(C)C(=O)O", "c1ccccc1", "Brenk:acid;PAINS:x",
                        "206.28499999999997,206.13067982,3.0732000000000004,37.3,1,1,4,15,1,1,0.46153846153846156,0,1,0.8216,0,true"}};
        SplittableRandom random = new SplittableRandom(3);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String[] d = drugs[i % 3];
            int[] bits = random.ints(30, 0, 2048).distinct().sorted().toArray();
            double[] scores = new double[3 * COLUMNS.size()];
            for (int k = 0; k < scores.length; k++) {
                scores[k] = k % 3 == 0 && random.nextInt(50) == 0 ? Double.NaN
                        : k % 2 == 0 ? random.nextFloat() : random.nextDouble();
            }
            String line = new ResultLine(i + 1, 0, d[0], 0.55, d[1], d[2], d[3], d[4], d[5],
                    ResultLine.fingerprintText(Fingerprint.fromBits(2048, bits)), scores).format();
            out.add(line.substring(0, line.length() - 1));
        }
        return out;
    }

    static List<Candidate> read(Path file, int threads) throws IOException {
        List<Candidate> out = new ArrayList<>();
        ReportResults.readCandidates(file, COLUMNS, List.of("drugs.smi"), threads, out::add);
        return out;
    }

    @Test
    void candidatesReadOnSeveralThreadsAreThoseOfOneThreadInTheSameOrder(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("unique.tsv");
        List<String> lines = lines(5000);
        Files.write(file, lines, StandardCharsets.UTF_8);
        List<Candidate> one = read(file, 1);
        List<Candidate> three = read(file, 3);
        assertEquals(5000, one.size());
        assertEquals(one, three);
        for (int i = 0; i < one.size(); i += 97) {
            assertEquals(one.get(i).ecfp4(), three.get(i).ecfp4());
            assertEquals(i + 1, three.get(i).record());
        }
        Candidate ibuprofen = three.get(2);
        assertEquals("record 3", ibuprofen.id());
        assertEquals(206.28499999999997, ibuprofen.descriptor("mw"));
        assertEquals(1, ibuprofen.descriptor("veber"));
        assertEquals(List.of("Brenk:acid", "PAINS:x"), ibuprofen.alerts().stream().map(a -> a.name()).toList());
        assertEquals("drugs.smi", ibuprofen.source());
        ResultLine r = ResultLine.parse(lines.get(2));
        assertEquals(r.scores()[3], ibuprofen.score("tox21.SR-p53").value());
        assertEquals(r.scores()[5], ibuprofen.score("tox21.SR-p53").adSimilarity());
    }

    @Test
    void aBrokenLineStopsTheReadingWithItsLineNumber(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("unique.tsv");
        List<String> lines = new ArrayList<>(lines(3000));
        lines.set(2500, lines.get(2500).replace("\t0.55\t", "\tnot-a-number\t"));
        Files.write(file, lines, StandardCharsets.UTF_8);
        for (int threads : new int[] {1, 2}) {
            IOException e = assertThrows(IOException.class, () -> read(file, threads));
            assertTrue(e.getMessage().contains("line 2501") && e.getMessage().contains("unique.tsv"), e.getMessage());
        }
    }

    @Test
    void anEmptyFileHasNoCandidates(@TempDir Path dir) throws IOException {
        Path file = Files.createFile(dir.resolve("unique.tsv"));
        assertEquals(List.of(), read(file, 2));
    }
}
