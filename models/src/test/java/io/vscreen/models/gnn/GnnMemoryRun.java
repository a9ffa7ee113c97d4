package io.vscreen.models.gnn;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.bytedeco.javacpp.Pointer;

import io.vscreen.chem.graph.GraphBatch;

/**
 * Repeats training steps, then forward passes, on a batch of drugs and prints the process's
 * physical memory, to tell a native leak in training from one in inference.
 * Arguments: steps per round, rounds.
 */
public final class GnnMemoryRun {

    public static void main(String[] args) {
        int steps = Integer.parseInt(args[0]);
        int rounds = Integer.parseInt(args[1]);
        DmpnnConfig cfg = new DmpnnConfig(64, 3, Readout.MEAN, 1, 64, 0.0, 1e-3, 8, 1, 1);
        Dmpnn net = Dmpnn.create(new Dmpnn.Spec(Dmpnn.FORMAT, cfg, new boolean[] {true}, new float[] {1},
                new double[] {0}, new double[] {1}, 1));
        GraphBatch batch = GraphBatch.of(Drugs.graphs());
        float[][] y = {{1}, {0}, {1}, {0}, {1}, {0}, {1}, {0}};
        SplittableRandom rnd = new SplittableRandom(1);
        for (int r = 0; r < rounds; r++) {
            net.fitEpoch(Collections.nCopies(steps, batch), Collections.nCopies(steps, y), rnd);
            report("fit", r);
        }
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < steps; i++) {
                net.predict(batch);
            }
            report("predict", r);
        }
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < steps; i++) {
                net.fitEpoch(List.of(batch), List.<float[][]>of(y), rnd);
            }
            report("fit-calls", r);
        }
    }

    private static void report(String what, int round) {
        System.gc();
        System.out.printf(Locale.ROOT, "%s round %d physical %d MB%n", what, round, Pointer.physicalBytes() >> 20);
    }
}
