package io.vscreen.models.gnn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;

import io.vscreen.chem.graph.GraphBatch;
import io.vscreen.chem.graph.MolGraph;

class DmpnnTest {

    private static Dmpnn.Spec spec(DmpnnConfig c, long seed) {
        // two classification tasks and one regression task (values around 5 +- 2)
        return new Dmpnn.Spec(Dmpnn.FORMAT, c, new boolean[] {true, true, false}, new float[] {1f, 3f, 1f},
                new double[] {0, 0, 5}, new double[] {1, 1, 2}, seed);
    }

    private static DmpnnConfig small() {
        return new DmpnnConfig(32, 3, Readout.MEAN, 1, 32, 0.0, 1e-2, 8, 10, 3);
    }

    private static float[][] labels() {
        float n = Float.NaN;
        return new float[][] {{1, 0, 4.5f}, {0, n, 6f}, {1, 1, n}, {0, 0, 3f}, {1, n, 7f}, {0, 1, 2f}, {n, 0, 5f},
                {1, 1, 8f}};
    }

    @Test
    void batchOfDrugsGivesTheSameOutputsAsEachDrugAlone() {
        for (Readout r : Readout.values()) {
            Dmpnn net = Dmpnn.create(spec(small().withReadout(r), 7));
            List<MolGraph> drugs = Drugs.graphs();
            float[][] batch = net.predict(GraphBatch.of(drugs));
            assertEquals(drugs.size(), batch.length);
            for (int i = 0; i < drugs.size(); i++) {
                float[] alone = net.predict(GraphBatch.of(List.of(drugs.get(i))))[0];
                assertArrayEquals(alone, batch[i], 1e-5f, "molecule " + i + " readout " + r);
            }
            // and the outputs do depend on the molecule
            assertNotEquals(batch[0][0], batch[4][0], 1e-6f);
        }
    }

    @Test
    void batchLargerThanOneForwardPassIsScoredInRunsWithTheSameOutputs() {
        Dmpnn net = Dmpnn.create(spec(small(), 5));
        List<MolGraph> many = new java.util.ArrayList<>();
        for (int k = 0; k < 6; k++) {
            many.addAll(Drugs.graphs());
        }
        GraphBatch batch = GraphBatch.of(many);
        assertTrue(batch.atomCount() > 2 * GraphInputs.ATOM_BUDGET, batch.atomCount() + " atoms");
        assertTrue(GraphInputs.runs(batch).length > 3);
        float[][] out = net.predict(batch);
        float[][] drugs = net.predict(GraphBatch.of(Drugs.graphs()));
        for (int i = 0; i < many.size(); i++) {
            assertArrayEquals(drugs[i % drugs.length], out[i], 1e-5f, "molecule " + i);
        }
    }

    @Test
    void featureTheEncoderCouldNotComputeEntersAsZeroAndDoesNotPoisonTraining() {
        Dmpnn net = Dmpnn.create(spec(small(), 11));
        MolGraph aspirin = Drugs.graphs().get(0);
        float[] nan = aspirin.atomFeatures().clone();
        float[] zero = aspirin.atomFeatures().clone();
        int mass = MolGraph.ATOM_DIM - 1;
        nan[mass] = Float.NaN;
        zero[mass] = 0f;
        MolGraph withNan = new MolGraph(aspirin.atomCount(), aspirin.bondCount(), nan, aspirin.bondFeatures(),
                aspirin.edgeSource(), aspirin.edgeTarget(), aspirin.reverseEdge());
        MolGraph withZero = new MolGraph(aspirin.atomCount(), aspirin.bondCount(), zero, aspirin.bondFeatures(),
                aspirin.edgeSource(), aspirin.edgeTarget(), aspirin.reverseEdge());
        assertArrayEquals(net.predict(GraphBatch.of(List.of(withZero)))[0], net.predict(GraphBatch.of(List.of(withNan)))[0], 0f);
        List<MolGraph> batch = new java.util.ArrayList<>(Drugs.graphs());
        batch.set(0, withNan);
        net.fit(GraphBatch.of(batch), labels(), new java.util.SplittableRandom(1));
        for (float[] row : net.predict(GraphBatch.of(Drugs.graphs()))) {
            for (float v : row) {
                assertTrue(Float.isFinite(v), java.util.Arrays.toString(row));
            }
        }
    }

    @Test
    void reversedBatchOrderPermutesOutputs() {
        Dmpnn net = Dmpnn.create(spec(small(), 3));
        List<MolGraph> drugs = Drugs.graphs();
        List<MolGraph> reversed = new java.util.ArrayList<>(drugs);
        java.util.Collections.reverse(reversed);
        float[][] a = net.predict(GraphBatch.of(drugs));
        float[][] b = net.predict(GraphBatch.of(reversed));
        for (int i = 0; i < a.length; i++) {
            assertArrayEquals(a[i], b[a.length - 1 - i], 1e-5f);
        }
    }

    @Test
    void lossDecreasesWhenTrainingOnABatch() {
        Dmpnn net = Dmpnn.create(spec(small(), 11));
        GraphBatch batch = GraphBatch.of(Drugs.graphs());
        float[][] y = labels();
        double before = net.loss(batch, y);
        SplittableRandom rnd = new SplittableRandom(1);
        net.fitEpoch(java.util.Collections.nCopies(25, batch), java.util.Collections.nCopies(25, y), rnd);
        double after = net.loss(batch, y);
        assertTrue(after < 0.5 * before, "loss " + before + " -> " + after);
        // every weight receives a gradient
        for (Map.Entry<String, INDArray> g : Dmpnn.create(spec(small(), 11)).gradients(batch, y).entrySet()) {
            assertTrue(g.getValue().norm2Number().doubleValue() > 0, "no gradient for " + g.getKey());
        }
    }

    @Test
    void maskedLabelsDoNotChangeLossOrGradients() {
        Dmpnn net = Dmpnn.create(spec(small(), 5));
        GraphBatch batch = GraphBatch.of(Drugs.graphs());
        float[][] y = labels();
        float[][] y2 = Arrays.stream(y).map(float[]::clone).toArray(float[][]::new);
        // the missing labels stay missing; a present one changes
        float[][] y3 = Arrays.stream(y).map(float[]::clone).toArray(float[][]::new);
        y3[0][2] = 9f;
        double l1 = net.loss(batch, y);
        assertEquals(l1, net.loss(batch, y2), 0);
        assertNotEquals(l1, net.loss(batch, y3), 1e-6);
        // masking a label: same result as dropping that molecule's label for the task, whatever value is hidden
        Map<String, INDArray> g1 = net.gradients(batch, y);
        y2[1][1] = Float.NaN; // already missing
        Map<String, INDArray> g2 = net.gradients(batch, y2);
        for (String k : g1.keySet()) {
            assertTrue(g1.get(k).equalsWithEps(g2.get(k), 0), k);
        }
    }

    @Test
    void saveAndLoadGiveIdenticalPredictions(@TempDir Path dir) throws Exception {
        Dmpnn net = Dmpnn.create(spec(small(), 9));
        GraphBatch batch = GraphBatch.of(Drugs.graphs());
        net.fit(batch, labels(), new SplittableRandom(2));
        net.save(dir, "member-0");
        Dmpnn back = Dmpnn.load(dir, "member-0");
        float[][] a = net.predict(batch);
        float[][] b = back.predict(batch);
        for (int i = 0; i < a.length; i++) {
            assertArrayEquals(a[i], b[i], 0f);
        }
        assertEquals(net.spec().config(), back.spec().config());
    }
}
