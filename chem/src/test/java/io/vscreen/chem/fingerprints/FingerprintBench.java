package io.vscreen.chem.fingerprints;

import java.util.ArrayList;
import java.util.List;

import org.openscience.cdk.interfaces.IAtomContainer;

import io.vscreen.chem.MoleculeParser;
import io.vscreen.chem.StructureException;

/**
 * Fingerprinting throughput on the first 20,000 ZINC SMILES (parsing excluded), one thread.
 * Usage (from the repository root, after {@code ./mvnw -pl chem test-compile} and
 * {@code ./mvnw -pl chem dependency:build-classpath -Dmdep.outputFile=cp.txt -Dmdep.includeScope=test}):
 * {@code java -cp chem/target/classes:chem/target/test-classes:$(cat cp.txt)
 * io.vscreen.chem.fingerprints.FingerprintBench [spec ...]}; default specs ecfp4:2048 and maccs.
 */
public final class FingerprintBench {

    private FingerprintBench() {
    }

    public static void main(String[] args) throws StructureException {
        String[] specs = args.length > 0 ? args : new String[] {"ecfp4:2048", "ecfp4-count:2048", "fcfp4:2048", "maccs"};
        // parse time is excluded: all molecules are parsed before the clock starts
        MoleculeParser parser = new MoleculeParser();
        List<IAtomContainer> mols = new ArrayList<>();
        for (String smi : Drugs.zinc(20_000)) {
            mols.add(parser.parseSmiles(smi));
        }
        for (String s : specs) {
            FingerprintSpec spec = FingerprintSpec.parse(s);
            Fingerprinter fp = spec.newFingerprinter();
            int n = spec.kind() == FingerprintSpec.Kind.MACCS ? Math.min(5000, mols.size()) : mols.size();
            long bits = 0;
            for (int round = 0; round < 8; round++) {
                long t0 = System.nanoTime();
                for (int i = 0; i < n; i++) {
                    bits += fp.fingerprint(mols.get(i)).cardinality();
                }
                double secs = (System.nanoTime() - t0) / 1e9;
                System.out.printf("%-18s round %d: %,d molecules in %.2f s = %,.0f molecules/s%n", spec, round + 1, n, secs,
                        n / secs);
            }
            System.out.println("  (checksum " + bits + ")");
        }
        // for comparison: CDK's own ECFP4 implementation on the same molecules
        org.openscience.cdk.fingerprint.CircularFingerprinter cdk = new org.openscience.cdk.fingerprint.CircularFingerprinter(
                org.openscience.cdk.fingerprint.CircularFingerprinter.CLASS_ECFP4, 2048);
        for (int round = 0; round < 8; round++) {
            long t0 = System.nanoTime();
            long bits = 0;
            for (IAtomContainer m : mols) {
                try {
                    bits += cdk.getBitFingerprint(m).cardinality();
                } catch (org.openscience.cdk.exception.CDKException e) {
                    throw new IllegalStateException(e);
                }
            }
            double secs = (System.nanoTime() - t0) / 1e9;
            System.out.printf("%-18s round %d: %,d molecules in %.2f s = %,.0f molecules/s (checksum %d)%n", "cdk CircularFP",
                    round + 1, mols.size(), secs, mols.size() / secs, bits);
        }
        // nearest-neighbour search: 1,000 queries against 19,000 references
        Fingerprinter fp = FingerprintSpec.parse("ecfp4:2048").newFingerprinter();
        List<Fingerprint> all = new ArrayList<>();
        for (IAtomContainer m : mols) {
            all.add(fp.fingerprint(m));
        }
        FingerprintSet refs = new FingerprintSet(2048, all.subList(1000, all.size()));
        for (int round = 0; round < 3; round++) {
            long t0 = System.nanoTime();
            double sum = 0;
            for (int q = 0; q < 1000; q++) {
                sum += refs.maxSimilarity(all.get(q));
            }
            double secs = (System.nanoTime() - t0) / 1e9;
            System.out.printf("max Tanimoto, 1,000 queries x %,d references: %.3f s = %,.0f comparisons/s (mean max %.3f)%n",
                    refs.size(), secs, 1000.0 * refs.size() / secs, sum / 1000);
        }
    }
}
