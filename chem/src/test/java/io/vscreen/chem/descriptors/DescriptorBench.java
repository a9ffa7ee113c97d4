package io.vscreen.chem.descriptors;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

import org.openscience.cdk.interfaces.IAtomContainer;

import io.vscreen.chem.MoleculeParser;
import io.vscreen.chem.StructureException;
import io.vscreen.chem.standardize.StandardizedMolecule;
import io.vscreen.chem.standardize.Standardizer;
import io.vscreen.chem.standardize.StandardizerOptions;
import io.vscreen.chem.testing.SharedData;

/**
 * Throughput of parsing, standardization (with and without InChIKey) and descriptors on ZINC250k
 * molecules, single thread. Not a test: run its main, e.g.
 * {@code java -cp <test classpath> io.vscreen.chem.descriptors.DescriptorBench [count] [rounds]}.
 * Each stage is timed over the whole set after a warm-up round; the best round is reported. Times
 * are the thread's CPU time, so that other load on a shared machine does not count.
 */
public final class DescriptorBench {
    private DescriptorBench() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path zinc = SharedData.dir().resolve("library/zinc.txt.gz");
        List<String> smiles = new ArrayList<>(count);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(zinc)), StandardCharsets.UTF_8))) {
            for (String line; smiles.size() < count && (line = r.readLine()) != null; ) {
                smiles.add(line.strip());
            }
        }
        MoleculeParser parser = new MoleculeParser();
        Standardizer withInchi = new Standardizer(StandardizerOptions.DEFAULTS);
        Standardizer noInchi = new Standardizer(StandardizerOptions.DEFAULTS.withInchiKey(false));
        DescriptorCalculator calc = new DescriptorCalculator();
        Qed qed = new Qed();

        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        System.out.printf(Locale.ROOT, "%d ZINC250k molecules, %d rounds (best shown), 1 thread, CPU time of this thread%n",
                smiles.size(), rounds);
        double[] best = new double[8];
        java.util.Arrays.fill(best, Double.MAX_VALUE);
        long sink = 0;
        double stereoShare = 0;
        for (int round = 0; round <= rounds; round++) {
            long t0 = cpu.getCurrentThreadCpuTime();
            List<IAtomContainer> parsed = new ArrayList<>(smiles.size());
            for (String s : smiles) {
                parsed.add(parser.parseSmiles(s));
            }
            long t1 = cpu.getCurrentThreadCpuTime();
            List<IAtomContainer> copies = new ArrayList<>(parsed.size());
            for (IAtomContainer m : parsed) {
                copies.add(m.clone());
            }
            long t2 = cpu.getCurrentThreadCpuTime();
            List<IAtomContainer> standardized = new ArrayList<>(parsed.size());
            for (IAtomContainer m : copies) {
                standardized.add(noInchi.standardize(m).molecule());
            }
            long t3 = cpu.getCurrentThreadCpuTime();
            int withStereo = 0;
            for (IAtomContainer m : standardized) {
                withStereo += m.stereoElements().iterator().hasNext() ? 1 : 0;
            }
            stereoShare = (double) withStereo / standardized.size();
            long t4 = cpu.getCurrentThreadCpuTime();
            List<IAtomContainer> again = new ArrayList<>(parsed.size());
            for (IAtomContainer m : parsed) {
                again.add(m.clone());
            }
            long t5 = cpu.getCurrentThreadCpuTime();
            for (IAtomContainer m : again) {
                StandardizedMolecule s = withInchi.standardize(m);
                sink += s.smiles().length();
            }
            long t6 = cpu.getCurrentThreadCpuTime();
            for (IAtomContainer m : standardized) {
                sink += calc.calculate(m).heavyAtoms();
            }
            long t7 = cpu.getCurrentThreadCpuTime();
            for (IAtomContainer m : standardized) {
                sink += qed.alertCount(m);
            }
            long t8 = cpu.getCurrentThreadCpuTime();
            for (IAtomContainer m : standardized) {
                AtomTable t = new AtomTable(m);
                sink += (long) CrippenLogP.logP(t) + (long) PolarSurfaceArea.tpsa(t) + RotatableBonds.count(t);
            }
            long t9 = cpu.getCurrentThreadCpuTime();
            if (round == 0) {
                continue; // warm-up
            }
            long[] spans = {t1 - t0, t2 - t1, t3 - t2, (t6 - t5) - (t3 - t2), t6 - t5, t7 - t6, t8 - t7, t9 - t8};
            for (int k = 0; k < spans.length; k++) {
                best[k] = Math.min(best[k], spans[k] / 1e3 / smiles.size());
            }
        }
        String[] names = {"parse SMILES (MoleculeParser)", "clone container", "standardize, no InChI",
            "  InChIKey (difference)", "standardize with InChIKey", "descriptors (all)", "  of which QED alerts (116 SMARTS)",
            "  of which Crippen+TPSA+rotb"};
        for (int k = 0; k < names.length; k++) {
            System.out.printf(Locale.ROOT, "%-36s %8.1f us/mol %10.0f mol/s%n", names[k], best[k], 1e6 / best[k]);
        }
        System.out.printf(Locale.ROOT, "%.0f%% of the molecules carry stereo (their canonical SMILES goes through InChI)%n",
                100 * stereoShare);
        System.out.println("(checksum " + sink + ")");
    }
}
