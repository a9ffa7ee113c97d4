package io.vscreen.screening.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;

import org.openscience.cdk.interfaces.IAtomContainer;

import io.vscreen.chem.MoleculeParser;
import io.vscreen.chem.StructureException;
import io.vscreen.chem.alerts.AlertMatcher;
import io.vscreen.chem.descriptors.DescriptorCalculator;
import io.vscreen.chem.fingerprints.Fingerprinter;
import io.vscreen.chem.prepare.CompoundPreparer;
import io.vscreen.chem.prepare.PreparationOptions;
import io.vscreen.chem.scaffold.Scaffolds;
import io.vscreen.chem.standardize.StandardizedMolecule;
import io.vscreen.chem.standardize.Standardizer;

/**
 * Throughput of the default compound preparation ({@code vscreen describe} without its output):
 * parse, standardize with canonical SMILES and InChIKey, descriptors with QED, ECFP4 2048, PAINS +
 * Brenk alerts, Murcko scaffold. Prints the CPU microseconds per molecule of each step on one
 * thread, then molecules per CPU second and per wall second on 1 and 2 threads. CPU time is
 * measured per thread ({@link ThreadMXBean}), so the figures hold on a shared machine.
 *
 * <p>Arguments: a SMILES file (first token of each line; {@code .gz} accepted, default the shared
 * ZINC250k {@code ../shared/data/library/zinc.txt.gz}), the number of molecules (default 20,000)
 * and the thread counts (default {@code 1,2}). For example, from the repository root:
 * {@code java -cp "$(cat /tmp/cp.txt):screening/target/test-classes:screening/target/classes"
 * io.vscreen.screening.benchmarks.DescribeBench ../shared/data/library/zinc.txt.gz 20000 1,2}.
 */
public final class DescribeBench {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private DescribeBench() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "../shared/data/library/zinc.txt.gz");
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        String[] threadCounts = (args.length > 2 ? args[2] : "1,2").split(",");
        List<String> smiles = read(file, n);
        System.out.printf("%d molecules from %s, %d processors%n", smiles.size(), file,
                Runtime.getRuntime().availableProcessors());
        stages(smiles);
        for (String t : threadCounts) {
            endToEnd(smiles, Integer.parseInt(t.strip()));
        }
    }

    /** CPU time per step on the current thread, after a warm-up over the same molecules. */
    private static void stages(List<String> smiles) throws StructureException {
        PreparationOptions options = PreparationOptions.defaults();
        MoleculeParser parser = new MoleculeParser();
        Standardizer standardizer = new Standardizer(options.standardizer());
        Standardizer withoutKey = new Standardizer(options.standardizer().withInchiKey(false));
        DescriptorCalculator descriptors = new DescriptorCalculator();
        Fingerprinter fingerprinter = options.fingerprint().newFingerprinter();
        AlertMatcher alerts = options.alerts().newMatcher();
        Scaffolds scaffolds = new Scaffolds();
        String[] names = {"parse", "standardize (no key)", "standardize", "descriptors", "ecfp4", "alerts",
            "scaffold"};
        for (int pass = 0; pass < 2; pass++) {
            long[] ns = new long[names.length];
            int ok = 0;
            for (String s : smiles) {
                IAtomContainer parsed;
                long t0 = THREADS.getCurrentThreadCpuTime();
                try {
                    parsed = parser.parseSmiles(s);
                } catch (StructureException e) {
                    continue;
                }
                long t1 = THREADS.getCurrentThreadCpuTime();
                ns[0] += t1 - t0;
                IAtomContainer copy = parser.parseSmiles(s);
                t0 = THREADS.getCurrentThreadCpuTime();
                withoutKey.standardize(copy);
                t1 = THREADS.getCurrentThreadCpuTime();
                ns[1] += t1 - t0;
                StandardizedMolecule std = standardizer.standardize(parsed);
                long t2 = THREADS.getCurrentThreadCpuTime();
                ns[2] += t2 - t1;
                IAtomContainer mol = std.molecule();
                descriptors.calculate(mol);
                long t3 = THREADS.getCurrentThreadCpuTime();
                ns[3] += t3 - t2;
                fingerprinter.fingerprint(mol);
                long t4 = THREADS.getCurrentThreadCpuTime();
                ns[4] += t4 - t3;
                alerts.match(mol);
                long t5 = THREADS.getCurrentThreadCpuTime();
                ns[5] += t5 - t4;
                scaffolds.murcko(mol);
                long t6 = THREADS.getCurrentThreadCpuTime();
                ns[6] += t6 - t5;
                ok++;
            }
            if (pass == 1) {
                System.out.printf("CPU microseconds per molecule, one thread (%d prepared):%n", ok);
                for (int k = 0; k < names.length; k++) {
                    System.out.printf("  %-22s %7.1f%n", names[k], ns[k] / 1e3 / ok);
                }
                long total = ns[0] + ns[2] + ns[3] + ns[4] + ns[5] + ns[6];
                System.out.printf("  %-22s %7.1f  (parse + standardize + the rest)%n", "total", total / 1e3 / ok);
            }
        }
    }

    /** The whole preparation, molecules shared out over the threads in turn. */
    private static void endToEnd(List<String> smiles, int threads) throws InterruptedException {
        AtomicLong cpu = new AtomicLong();
        AtomicLong prepared = new AtomicLong();
        List<Thread> workers = new ArrayList<>();
        long wall0 = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            int first = t;
            workers.add(new Thread(() -> {
                MoleculeParser parser = new MoleculeParser();
                CompoundPreparer preparer = new CompoundPreparer(PreparationOptions.defaults());
                long c0 = THREADS.getCurrentThreadCpuTime();
                long ok = 0;
                for (int i = first; i < smiles.size(); i += threads) {
                    try {
                        preparer.prepare(parser.parseSmiles(smiles.get(i)));
                        ok++;
                    } catch (StructureException e) {
                        // rejected records count as processed
                    }
                }
                cpu.addAndGet(THREADS.getCurrentThreadCpuTime() - c0);
                prepared.addAndGet(ok);
            }));
        }
        workers.forEach(Thread::start);
        for (Thread w : workers) {
            w.join();
        }
        double wall = (System.nanoTime() - wall0) / 1e9;
        double cpuSeconds = cpu.get() / 1e9;
        System.out.printf("%d thread(s): %d molecules (%d prepared), %.1f molecules per CPU second per thread "
                        + "(%.0f us each), %.1f molecules/s wall (%.1f s wall, %.1f s CPU; the wall figure depends on "
                        + "the machine's load)%n",
                threads, smiles.size(), prepared.get(), smiles.size() / cpuSeconds,
                cpuSeconds * 1e6 / smiles.size(), smiles.size() / wall, wall, cpuSeconds);
    }

    private static List<String> read(Path file, int n) throws IOException {
        List<String> out = new ArrayList<>();
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null && out.size() < n; ) {
                String s = line.strip();
                if (s.isEmpty() || s.startsWith("#") || s.equalsIgnoreCase("smiles")) {
                    continue;
                }
                int space = s.indexOf(' ');
                out.add(space < 0 ? s : s.substring(0, space));
            }
        }
        return out;
    }
}
