package io.vscreen.models.gnn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.bytedeco.javacpp.Pointer;

import io.vscreen.chem.graph.GraphBatch;
import io.vscreen.chem.graph.MolGraph;
import io.vscreen.chem.testing.SharedData;

/**
 * Repeats training steps, then forward passes, and prints the process's physical memory after
 * each round, to tell a native leak in training from one in inference. Mode {@code drugs}: one
 * batch of eight drugs over and over (one array shape); mode {@code bace}: shuffled minibatches of
 * 32 BACE molecules (array shapes vary from batch to batch, as in real training), and forward
 * passes over the whole set in batches of 256.
 * Arguments: mode (drugs or bace), steps per round, rounds. Run with
 * {@code -Dorg.nd4j.autodiff.samediff=true} to see SameDiff's array cache back on.
 */
public final class GnnMemoryRun {

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        int steps = Integer.parseInt(args[1]);
        int rounds = Integer.parseInt(args[2]);
        DmpnnConfig cfg = new DmpnnConfig(64, 3, Readout.MEAN, 1, 64, 0.0, 1e-3, 8, 1, 1);
        Dmpnn net = Dmpnn.create(new Dmpnn.Spec(Dmpnn.FORMAT, cfg, new boolean[] {true}, new float[] {1},
                new double[] {0}, new double[] {1}, 1));
        SplittableRandom rnd = new SplittableRandom(1);
        List<GraphBatch> batches = new ArrayList<>();
        List<float[][]> labels = new ArrayList<>();
        if (mode.equals("drugs")) {
            batches.add(GraphBatch.of(Drugs.graphs()));
            labels.add(new float[][] {{1}, {0}, {1}, {0}, {1}, {0}, {1}, {0}});
        } else {
            GraphDataset bace = MoleculeNetGraphs.read(SharedData.file("moleculenet/bace.csv"), "smiles", List.of("Class"), 1).data;
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < bace.size(); i++) {
                order.add(i);
            }
            Collections.shuffle(order, new java.util.Random(1));
            for (int from = 0; from + 32 <= order.size(); from += 32) {
                List<MolGraph> g = new ArrayList<>();
                float[][] y = new float[32][];
                for (int i = 0; i < 32; i++) {
                    g.add(bace.graphs().get(order.get(from + i)));
                    y[i] = bace.labels()[order.get(from + i)];
                }
                batches.add(GraphBatch.of(g));
                labels.add(y);
            }
        }
        System.out.printf(Locale.ROOT, "%d distinct minibatches%n", batches.size());
        report("start", 0);
        for (int r = 0; r < rounds; r++) {
            List<GraphBatch> b = new ArrayList<>();
            List<float[][]> y = new ArrayList<>();
            for (int i = 0; i < steps; i++) {
                b.add(batches.get(i % batches.size()));
                y.add(labels.get(i % batches.size()));
            }
            net.fitEpoch(b, y, rnd);
            report("fit", r);
        }
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < steps; i++) {
                net.predict(batches.get(i % batches.size()));
            }
            report("predict", r);
        }
    }

    /**
     * Physical memory as a long run sees it, then after a garbage collection: memory that only a
     * collection frees is waiting for it, memory that stays after one is kept.
     */
    private static void report(String what, int round) throws InterruptedException {
        long before = Pointer.physicalBytes() >> 20;
        System.gc();
        Thread.sleep(200);
        System.out.printf(Locale.ROOT, "%s round %d physical %d MB, after a collection %d MB%n", what, round, before,
                Pointer.physicalBytes() >> 20);
    }
}
