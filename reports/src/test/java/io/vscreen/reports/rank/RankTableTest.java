package io.vscreen.reports.rank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.vscreen.chem.MoleculeParser;
import io.vscreen.chem.fingerprints.Fingerprint;
import io.vscreen.chem.fingerprints.FingerprintSpec;
import io.vscreen.chem.fingerprints.Tanimoto;
import io.vscreen.reports.Candidate;
import io.vscreen.reports.ScoreColumn;

class RankTableTest {

    static final ScoreColumn EFF = ScoreColumn.efficacy("bace", "Class");

    static Candidate aspirin(int record, double efficacy) {
        return Candidate.builder(record, "aspirin-" + record).smiles("CC(=O)Oc1ccccc1C(=O)O")
                .score(EFF, efficacy, 0.05, 0.4).build();
    }

    static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }

    @Test
    void aBuiltTableReadsBackWhatWasAddedAndLeavesNoFiles(@TempDir Path dir) throws IOException {
        RankTable.Builder b = RankTable.builder(List.of(EFF), dir);
        for (int i = 0; i < 1000; i++) {
            b.add(aspirin(i + 1, i / 1000.0), i % 3 == 0 ? "PAINS" : "");
        }
        RankTable t = b.build();
        assertEquals(List.of(), files(dir));
        assertEquals(1000, t.size());
        assertEquals(734, t.record(733));
        assertEquals((float) 0.733, t.value(0, 733));
        assertEquals((float) 0.05, t.std(0, 733));
        assertEquals((float) 0.4, t.adSimilarity(0, 733));
    }

    @Test
    void anAbandonedBuilderLeavesNoFiles(@TempDir Path dir) throws IOException {
        RankTable.Builder b = RankTable.builder(List.of(EFF), dir);
        b.add(aspirin(1, 0.9), "");
        Candidate unknownScore = Candidate.builder(2, "caffeine").smiles("Cn1cnc2c1c(=O)n(C)c(=O)n2C")
                .score(ScoreColumn.toxicity("tox21", "SR-p53"), 0.2, 0.0, 0.5).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> b.add(unknownScore, ""));
        assertEquals("record 2 (caffeine) has score 'tox21.SR-p53' but the screen's score columns are [bace.Class]",
                e.getMessage());
        // the screen gives up on this table: nothing of it stays on disk
        assertEquals(List.of(), files(dir));
    }

    @Test
    void theSpaceComparesRowsByTheirEcfp4(@TempDir Path dir) throws Exception {
        String[] drugs = {"CC(=O)Oc1ccccc1C(=O)O", "OC(=O)c1ccccc1O", "CC(C)Cc1ccc(cc1)C(C)C(=O)O",
                "COc1ccc2cc(ccc2c1)C(C)C(=O)O", "Cn1cnc2c1c(=O)n(C)c(=O)n2C", "CC(=O)Nc1ccc(O)cc1"};
        var fingerprinter = FingerprintSpec.parse("ecfp4:2048").newFingerprinter();
        MoleculeParser parser = new MoleculeParser();
        Fingerprint[] fps = new Fingerprint[drugs.length];
        RankTable.Builder b = RankTable.builder(List.of(EFF), dir);
        for (int i = 0; i < drugs.length; i++) {
            fps[i] = fingerprinter.fingerprint(parser.parseSmiles(drugs[i]));
            b.add(Candidate.builder(i + 1, "drug-" + i).smiles(drugs[i]).score(EFF, 0.5, 0, 0.5).ecfp4(fps[i]).build(), "");
        }
        TanimotoSpace space = new TanimotoSpace(b.build());
        int[] centres = {1, 3, 0};
        for (int row = 0; row < drugs.length; row++) {
            double[] out = new double[centres.length];
            space.similarities(row, centres, out);
            for (int k = 0; k < centres.length; k++) {
                double expected = Tanimoto.similarity(fps[row], fps[centres[k]]);
                assertEquals(expected, out[k], drugs[row] + " against " + drugs[centres[k]]);
                assertEquals(expected, space.similarity(row, centres[k]));
            }
        }
        // aspirin is closer to salicylic acid than to ibuprofen, and identical to itself
        double[] aspirin = new double[3];
        space.similarities(0, new int[] {1, 2, 0}, aspirin);
        assertTrue(aspirin[0] > aspirin[1], java.util.Arrays.toString(aspirin));
        assertEquals(1.0, aspirin[2]);
    }
}
