package io.vscreen.models.gnn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.vscreen.chem.graph.MolGraph;

class GnnEnsembleTest {

    private static Dmpnn member(long seed) {
        DmpnnConfig c = new DmpnnConfig(16, 2, Readout.MEAN, 0, 16, 0.0, 1e-3, 8, 1, 1);
        return Dmpnn.create(new Dmpnn.Spec(Dmpnn.FORMAT, c, new boolean[] {true, false}, new float[] {1, 1},
                new double[] {0, 6}, new double[] {1, 1.5}, seed));
    }

    @Test
    void meanAndStdOverMembersAndFileRoundTrip(@TempDir Path dir) throws Exception {
        List<MolGraph> drugs = Drugs.graphs();
        GnnEnsemble e = new GnnEnsemble(List.of(member(1), member(2), member(3)));
        GnnEnsemble.Prediction p = e.predict(drugs);
        float[][][] each = new float[3][][];
        for (int m = 0; m < 3; m++) {
            each[m] = e.members().get(m).predict(io.vscreen.chem.graph.GraphBatch.of(drugs));
        }
        for (int i = 0; i < drugs.size(); i++) {
            for (int k = 0; k < 2; k++) {
                double mu = (each[0][i][k] + each[1][i][k] + each[2][i][k]) / 3.0;
                double var = 0;
                for (int m = 0; m < 3; m++) {
                    var += (each[m][i][k] - mu) * (each[m][i][k] - mu) / 3.0;
                }
                assertEquals(mu, p.mean()[i][k], 1e-5);
                assertEquals(Math.sqrt(var), p.std()[i][k], 1e-4);
            }
            assertTrue(p.mean()[i][0] > 0 && p.mean()[i][0] < 1, "a probability");
        }
        e.save(dir);
        for (Path f : e.files(dir)) {
            assertTrue(Files.size(f) > 0, f.toString());
        }
        GnnEnsemble back = GnnEnsemble.load(dir, 3);
        GnnEnsemble.Prediction q = back.predict(drugs);
        for (int i = 0; i < drugs.size(); i++) {
            assertArrayEquals(p.mean()[i], q.mean()[i], 0f);
            assertArrayEquals(p.std()[i], q.std()[i], 0f);
        }
    }

    @Test
    void loadingACorruptNetworkNamesTheFile(@TempDir Path dir) throws Exception {
        member(1).save(dir, "gnn-0");
        Files.write(dir.resolve("gnn-0.dmpnn"), new byte[] {1, 2, 3});
        Exception ex = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> GnnEnsemble.load(dir, 1));
        assertTrue(ex.getMessage().contains("gnn-0.dmpnn") && ex.getMessage().contains("not a network weights file"),
                ex.getMessage());
        // cut short
        member(1).save(dir, "gnn-0");
        byte[] whole = Files.readAllBytes(dir.resolve("gnn-0.dmpnn"));
        Files.write(dir.resolve("gnn-0.dmpnn"), java.util.Arrays.copyOf(whole, whole.length / 2));
        ex = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class, () -> GnnEnsemble.load(dir, 1));
        assertTrue(ex.getMessage().contains("gnn-0.dmpnn: network weights file is truncated"), ex.getMessage());
    }
}
