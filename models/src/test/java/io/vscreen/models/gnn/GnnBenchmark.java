package io.vscreen.models.gnn;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.openscience.cdk.interfaces.IAtomContainer;

import io.vscreen.chem.MoleculeParser;
import io.vscreen.chem.graph.GraphBatch;
import io.vscreen.chem.graph.MolGraph;
import io.vscreen.chem.testing.SharedData;

/**
 * Throughput of the D-MPNN on two cores: inference molecules/s (graph encoding of parsed molecules
 * plus the forward pass, batches of 256) and training molecules/s (forward, backward and Adam
 * step, batches of 50), on Tox21 molecules; then, for each model package given, molecules/s of
 * {@code ModelPackage.score} (featurization or graph encoding, the whole ensemble and the
 * applicability-domain search), so graph and fingerprint packages compare on the same molecules.
 * The CPU-time rate (the scoring thread's CPU seconds; with one math thread the native work runs
 * on it) is the figure to compare on a machine shared with other jobs.
 * Arguments: [hidden size (200)] [molecules (2000)] [package directory...].
 */
public final class GnnBenchmark {

    public static void main(String[] args) throws Exception {
        int hidden = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        Path csv = SharedData.file("moleculenet/tox21.csv");
        List<String> lines = java.nio.file.Files.readAllLines(csv);
        int sc = List.of(lines.get(0).split(",")).indexOf("smiles");
        MoleculeParser parser = new MoleculeParser();
        List<IAtomContainer> mols = new ArrayList<>();
        for (int r = 1; r < lines.size() && mols.size() < count; r++) {
            try {
                mols.add(parser.parseSmiles(lines.get(r).split(",")[sc]));
            } catch (Exception e) {
                // skip
            }
        }
        DmpnnConfig cfg = DmpnnConfig.defaults().withHiddenSize(hidden);
        boolean[] cls = new boolean[12];
        java.util.Arrays.fill(cls, true);
        float[] w = new float[12];
        java.util.Arrays.fill(w, 1f);
        Dmpnn net = Dmpnn.create(new Dmpnn.Spec(Dmpnn.FORMAT, cfg, cls, w, new double[12], ones(12), 1));
        MoleculeGraphs encoder = new MoleculeGraphs();
        // warm-up
        net.predict(GraphBatch.of(encoder.encode(mols.subList(0, 256)).graphs()));
        {
            long e0 = System.nanoTime();
            List<MolGraph> all = encoder.encode(mols).graphs();
            long e1 = System.nanoTime();
            for (int from = 0; from < all.size(); from += 256) {
                net.predict(GraphBatch.of(all.subList(from, Math.min(all.size(), from + 256))));
            }
            long e2 = System.nanoTime();
            System.out.printf(Locale.ROOT, "encoding %.2f s, forward %.2f s%n", (e1 - e0) / 1e9, (e2 - e1) / 1e9);
        }
        for (int round = 0; round < 2; round++) {
            long t0 = System.nanoTime();
            int scored = 0;
            for (int from = 0; from < mols.size(); from += 256) {
                List<IAtomContainer> part = mols.subList(from, Math.min(mols.size(), from + 256));
                List<MolGraph> g = encoder.encode(part).graphs();
                scored += net.predict(GraphBatch.of(g)).length;
            }
            double s = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "inference hidden %d: %d molecules in %.2f s = %.0f molecules/s%n", hidden,
                    scored, s, scored / s);
        }
        List<MolGraph> graphs = encoder.encode(mols).graphs();
        float[][] y = new float[50][12];
        SplittableRandom rnd = new SplittableRandom(3);
        for (float[] row : y) {
            for (int k = 0; k < 12; k++) {
                row[k] = rnd.nextInt(2);
            }
        }
        net.fit(GraphBatch.of(graphs.subList(0, 50)), y, rnd);
        long t0 = System.nanoTime();
        int trained = 0;
        for (int from = 0; from + 50 <= Math.min(graphs.size(), 1000); from += 50) {
            net.fit(GraphBatch.of(graphs.subList(from, from + 50)), y, rnd);
            trained += 50;
        }
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "training hidden %d: %d molecules in %.2f s = %.0f molecules/s%n", hidden,
                trained, s, trained / s);
        for (int a = 2; a < args.length; a++) {
            io.vscreen.models.pkg.ModelPackage pkg = io.vscreen.models.pkg.ModelPackage.load(Path.of(args[a]));
            pkg.score(mols.subList(0, 256));
            java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
            long c0 = cpu.getCurrentThreadCpuTime();
            long p0 = System.nanoTime();
            int scored = 0;
            for (int from = 0; from < mols.size(); from += 256) {
                scored += pkg.score(mols.subList(from, Math.min(mols.size(), from + 256))).size();
            }
            double ps = (System.nanoTime() - p0) / 1e9;
            double cs = (cpu.getCurrentThreadCpuTime() - c0) / 1e9;
            var h = pkg.manifest().heads().get(0);
            System.out.printf(Locale.ROOT, "package %s (%s, %d members, layers %s): %d molecules in %.2f s = %.0f molecules/s"
                    + " (%.0f per second of the scoring thread's CPU time)%n",
                    pkg.name(), h.architecture(), h.members().size(), h.layers(), scored, ps, scored / ps, scored / cs);
        }
    }

    private static double[] ones(int n) {
        double[] d = new double[n];
        java.util.Arrays.fill(d, 1);
        return d;
    }
}
