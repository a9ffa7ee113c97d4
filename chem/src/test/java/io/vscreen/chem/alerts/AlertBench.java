package io.vscreen.chem.alerts;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;

import org.openscience.cdk.interfaces.IAtomContainer;

import io.vscreen.chem.MoleculeParser;
import io.vscreen.chem.StructureException;

/**
 * Benchmark (not a test): PAINS + Brenk alert matching speed on ZINC250k molecules, single
 * thread, with and without the pre-screen, and the fraction of patterns the pre-screen skips.
 * Molecules are parsed and given Daylight aromaticity beforehand (as the standardizer would);
 * only {@link AlertMatcher#match} is timed, by wall clock and by the thread's CPU time (the
 * figure to trust on a shared machine).
 *
 * <pre>
 * ./mvnw -q -B -o -pl chem test-compile dependency:build-classpath -Dmdep.outputFile=$PWD/cp.txt
 * java -cp chem/target/test-classes:chem/target/classes:$(cat cp.txt) io.vscreen.chem.alerts.AlertBench [molecules] [spec]
 * </pre>
 */
public final class AlertBench {
    private AlertBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        String spec = args.length > 1 ? args[1] : "pains,brenk";
        MoleculeParser parser = new MoleculeParser();
        List<IAtomContainer> mols = new ArrayList<>(n);
        long prepNanos = 0;
        for (ReferenceMolecules.Row row : ReferenceMolecules.zinc(n)) {
            try {
                IAtomContainer mol = parser.parseSmiles(row.smiles());
                long t = System.nanoTime();
                AlertMatcher.prepare(mol);
                prepNanos += System.nanoTime() - t;
                mols.add(mol);
            } catch (StructureException e) {
                System.out.println("skipped " + row.key() + ": " + e.reason());
            }
        }
        long t0 = System.nanoTime();
        AlertCatalog catalog = AlertCatalog.parse(spec);
        long t1 = System.nanoTime();
        catalog.newMatcher();
        long t2 = System.nanoTime();
        AlertCatalog.parse(spec);
        long t3 = System.nanoTime();
        catalog.newMatcher();
        long t4 = System.nanoTime();
        System.out.printf("%s: %d patterns; catalog load %.0f ms (again: %.0f ms), matcher build %.0f ms (again: %.0f ms); "
                + "%d ZINC molecules%n", spec, catalog.alerts().size(), (t1 - t0) / 1e6, (t3 - t2) / 1e6,
                (t2 - t1) / 1e6, (t4 - t3) / 1e6, mols.size());
        System.out.printf("(not timed below) SmartsPattern.prepare, i.e. rings + Daylight aromaticity: %.1f us/molecule%n",
                prepNanos / 1e3 / mols.size());

        run("brute force", catalog.newBruteForceMatcher(), mols, 1);
        run("pre-screen ", catalog.newMatcher(), mols, 3);
    }

    private static void run(String label, AlertMatcher matcher, List<IAtomContainer> mols, int passes) {
        int flagged = 0;
        for (IAtomContainer mol : mols) { // warm-up pass
            flagged += matcher.match(mol).isEmpty() ? 0 : 1;
        }
        long searched0 = matcher.patternsSearched();
        long skipped0 = matcher.patternsSkipped();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long t = System.nanoTime();
        for (int p = 0; p < passes; p++) {
            for (IAtomContainer mol : mols) {
                matcher.match(mol);
            }
        }
        double seconds = (System.nanoTime() - t) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
        long searched = matcher.patternsSearched() - searched0;
        long skipped = matcher.patternsSkipped() - skipped0;
        double perSecond = passes * mols.size() / seconds;
        double perCpuSecond = passes * mols.size() / cpuSeconds;
        System.out.printf("%s: %,.0f molecules/s wall (%.1f us/molecule), %,.0f molecules per CPU second "
                + "(%.1f us CPU/molecule); flagged %d; patterns skipped %.1f%% (%.1f of %d searched per molecule)%n",
                label, perSecond, 1e6 / perSecond, perCpuSecond, 1e6 / perCpuSecond, flagged,
                100.0 * skipped / Math.max(1, searched + skipped),
                (double) searched / (passes * mols.size()), (searched + skipped) / (passes * mols.size()));
    }
}
