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
    void theJavaForwardPassGivesTheGraphsOutputs() {
        List<MolGraph> drugs = Drugs.graphs();
        GraphBatch batch = GraphBatch.of(drugs);
        float[][] features = drugFeatures(drugs.size(), 8);
        for (Readout r : Readout.values()) {
            for (int depth = 1; depth <= 4; depth++) {
                for (int f : new int[] {0, 3}) {
                    DmpnnConfig c = new DmpnnConfig(24, depth, r, 2, 20, 0.0, 1e-2, 8, 10, 3);
                    Dmpnn net = Dmpnn.create(withFeatures(c, 31 + depth, f));
                    // trained a little, so that biases are not zero
                    net.fit(batch, f == 0 ? null : features, labels(), new SplittableRandom(depth));
                    float[][] java = net.logits(batch, f == 0 ? null : features);
                    float[][] graph = net.graphLogits(batch, f == 0 ? null : features);
                    for (int i = 0; i < graph.length; i++) {
                        assertArrayEquals(graph[i], java[i], 1e-4f, "molecule " + i + " readout " + r + " depth "
                                + depth + " features " + f);
                    }
                }
            }
        }
    }

    @Test
    void aBatchOfManyMoleculesIsScoredInRunsWithTheSameOutputs() {
        Dmpnn net = Dmpnn.create(withFeatures(small(), 29, 3));
        List<MolGraph> drugs = Drugs.graphs();
        float[][] f = drugFeatures(drugs.size(), 6);
        List<MolGraph> many = new java.util.ArrayList<>();
        List<float[]> manyFeatures = new java.util.ArrayList<>();
        while (many.size() < 40 * drugs.size()) {
            many.addAll(drugs);
            manyFeatures.addAll(Arrays.asList(f));
        }
        GraphBatch batch = GraphBatch.of(many);
        assertTrue(batch.edgeCount() > 3 * DmpnnForward.EDGE_BUDGET, batch.edgeCount() + " edges");
        float[][] out = net.predict(batch, manyFeatures.toArray(new float[0][]));
        float[][] alone = net.predict(GraphBatch.of(drugs), f);
        for (int i = 0; i < many.size(); i++) {
            assertArrayEquals(alone[i % drugs.size()], out[i], 1e-5f, "molecule " + i);
        }
    }

    @Test
    void productsCopyingToHostMemoryOrThroughNd4jAgreeWithAPlainProduct() {
        SplittableRandom rnd = new SplittableRandom(12);
        int rows = 37;
        int k = 24;
        int n = 19;
        float[] a = new float[rows * k];
        float[][] w = new float[k][n];
        for (int i = 0; i < a.length; i++) {
            a[i] = (float) rnd.nextDouble(-1, 1);
        }
        for (float[] row : w) {
            for (int j = 0; j < n; j++) {
                row[j] = (float) rnd.nextDouble(-1, 1);
            }
        }
        INDArray weights = org.nd4j.linalg.factory.Nd4j.create(w);
        float[] host = DmpnnForward.product(a, rows, weights, true);
        float[] viaNd4j = DmpnnForward.product(a, rows, weights, false);
        for (int r = 0; r < rows; r++) {
            for (int j = 0; j < n; j++) {
                double expected = 0;
                for (int i = 0; i < k; i++) {
                    expected += a[r * k + i] * w[i][j];
                }
                assertEquals(expected, host[r * n + j], 1e-4, "row " + r + " column " + j);
                assertEquals(expected, viaNd4j[r * n + j], 1e-4, "row " + r + " column " + j);
            }
        }
    }

    @Test
    void theOutputBiasShiftMovesEachTasksLogitByItsShift() {
        Dmpnn net = Dmpnn.create(spec(small(), 41));
        GraphBatch batch = GraphBatch.of(Drugs.graphs());
        net.fit(batch, labels(), new SplittableRandom(6));
        float[][] before = net.logits(batch);
        // the spec weighs task 1's actives 3 times: its odds come back down by a factor 3
        double[] shift = DmpnnTrainer.priorShift(net.spec());
        assertArrayEquals(new double[] {0, -Math.log(3), 0}, shift, 1e-12);
        net.shiftOutputBias(shift);
        float[][] after = net.logits(batch);
        for (int i = 0; i < before.length; i++) {
            assertEquals(before[i][0], after[i][0], 1e-6);
            assertEquals(before[i][1] - Math.log(3), after[i][1], 1e-5);
            assertEquals(before[i][2], after[i][2], 1e-6);
        }
        assertArrayEquals(net.graphLogits(batch, null)[2], after[2], 1e-4f);
    }

    @Test
    void scoringFollowsTheWeightsAsTheyTrain() {
        Dmpnn net = Dmpnn.create(spec(small(), 23));
        GraphBatch batch = GraphBatch.of(Drugs.graphs());
        float[][] before = net.predict(batch);
        net.fit(batch, labels(), new SplittableRandom(4));
        float[][] after = net.predict(batch);
        assertNotEquals(before[0][0], after[0][0], 1e-7f);
        assertArrayEquals(net.graphLogits(batch, null)[0], net.logits(batch)[0], 1e-4f);
        Map<String, INDArray> w = net.weights();
        net.fit(batch, labels(), new SplittableRandom(5));
        net.setWeights(w);
        assertArrayEquals(after[0], net.predict(batch)[0], 0f);
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
        float[][] out = net.graphLogits(batch, null);
        float[][] drugs = net.graphLogits(GraphBatch.of(Drugs.graphs()), null);
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

    /** Per drug, three made-up molecule features (as scaled descriptors would be). */
    private static float[][] drugFeatures(int n, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        float[][] f = new float[n][3];
        for (float[] row : f) {
            for (int j = 0; j < row.length; j++) {
                row[j] = (float) (rnd.nextDouble() * 4 - 2);
            }
        }
        return f;
    }

    private static Dmpnn.Spec withFeatures(DmpnnConfig c, long seed, int features) {
        Dmpnn.Spec s = spec(c, seed);
        return new Dmpnn.Spec(Dmpnn.FORMAT, c, s.classification(), s.positiveWeight(), s.targetMean(), s.targetStd(),
                seed, features);
    }

    @Test
    void moleculeFeaturesJoinTheReadoutMoleculeByMolecule() {
        Dmpnn net = Dmpnn.create(withFeatures(small(), 13, 3));
        List<MolGraph> drugs = Drugs.graphs();
        float[][] f = drugFeatures(drugs.size(), 4);
        float[][] batch = net.predict(GraphBatch.of(drugs), f);
        for (int i = 0; i < drugs.size(); i++) {
            float[] alone = net.predict(GraphBatch.of(List.of(drugs.get(i))), new float[][] {f[i]})[0];
            assertArrayEquals(alone, batch[i], 1e-5f, "molecule " + i);
        }
        // changing one molecule's features changes its outputs and no other molecule's
        float[][] g = Arrays.stream(f).map(float[]::clone).toArray(float[][]::new);
        g[2][1] += 3f;
        float[][] changed = net.predict(GraphBatch.of(drugs), g);
        for (int i = 0; i < drugs.size(); i++) {
            if (i == 2) {
                assertNotEquals(batch[i][0], changed[i][0], 1e-6f);
            } else {
                assertArrayEquals(batch[i], changed[i], 0f, "molecule " + i);
            }
        }
        // a non-finite feature counts as 0, as non-finite graph features do
        float[][] zero = Arrays.stream(f).map(float[]::clone).toArray(float[][]::new);
        float[][] nan = Arrays.stream(f).map(float[]::clone).toArray(float[][]::new);
        zero[0][0] = 0f;
        nan[0][0] = Float.NaN;
        assertArrayEquals(net.predict(GraphBatch.of(drugs), zero)[0], net.predict(GraphBatch.of(drugs), nan)[0], 0f);
    }

    @Test
    void aNetworkWithMoleculeFeaturesRefusesMoleculesWithoutThem() {
        Dmpnn net = Dmpnn.create(withFeatures(small(), 13, 3));
        GraphBatch batch = GraphBatch.of(Drugs.graphs());
        IllegalArgumentException none = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> net.predict(batch));
        assertTrue(none.getMessage().contains("takes 3 molecule features"), none.getMessage());
        float[][] wrong = new float[batch.moleculeCount()][2];
        IllegalArgumentException width = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> net.predict(batch, wrong));
        assertTrue(width.getMessage().contains("molecule 0 has 2 features, the network takes 3"), width.getMessage());
    }

    @Test
    void trainingWithMoleculeFeaturesLowersTheLossAndSurvivesSaveAndLoad(@TempDir Path dir) throws Exception {
        Dmpnn net = Dmpnn.create(withFeatures(small(), 17, 3));
        GraphBatch batch = GraphBatch.of(Drugs.graphs());
        float[][] f = drugFeatures(batch.moleculeCount(), 5);
        float[][] y = labels();
        double before = net.loss(batch, f, y);
        net.fitEpoch(java.util.Collections.nCopies(25, batch), java.util.Collections.nCopies(25, f),
                java.util.Collections.nCopies(25, y), new SplittableRandom(3));
        double after = net.loss(batch, f, y);
        assertTrue(after < 0.5 * before, before + " -> " + after);
        assertTrue(net.gradients(batch, f, y).containsKey("W_ffn0"));
        assertEquals(32 + 3, net.gradients(batch, f, y).get("W_ffn0").rows());

        net.save(dir, "member-0");
        Dmpnn back = Dmpnn.load(dir, "member-0");
        assertEquals(3, back.spec().moleculeFeatures());
        float[][] a = net.predict(batch, f);
        float[][] b = back.predict(batch, f);
        for (int i = 0; i < a.length; i++) {
            assertArrayEquals(a[i], b[i], 0f);
        }
    }

    @Test
    void networksOfTheFormatBeforeMoleculeFeaturesStillLoad(@TempDir Path dir) throws Exception {
        Dmpnn.Spec s = spec(small(), 19);
        Dmpnn old = Dmpnn.create(new Dmpnn.Spec(2, s.config(), s.classification(), s.positiveWeight(), s.targetMean(),
                s.targetStd(), s.seed()));
        old.save(dir, "old");
        // a format-2 spec file has no moleculeFeatures field
        Path json = Dmpnn.files(dir, "old").get(1);
        String text = java.nio.file.Files.readString(json).replaceAll(",\\s*\"moleculeFeatures\"\\s*:\\s*0", "");
        assertTrue(!text.contains("moleculeFeatures"), text);
        java.nio.file.Files.writeString(json, text);
        Dmpnn back = Dmpnn.load(dir, "old");
        assertEquals(0, back.spec().moleculeFeatures());
        GraphBatch batch = GraphBatch.of(Drugs.graphs());
        assertArrayEquals(old.predict(batch)[3], back.predict(batch)[3], 0f);

        java.nio.file.Files.writeString(json, text.replace("\"format\" : 2", "\"format\" : 1"));
        java.io.IOException e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> Dmpnn.load(dir, "old"));
        assertTrue(e.getMessage().contains("network format 1 is not readable (expected 2 to 4)"), e.getMessage());
    }
}
