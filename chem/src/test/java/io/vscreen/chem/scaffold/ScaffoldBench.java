package io.vscreen.chem.scaffold;

import java.util.ArrayList;
import java.util.List;

import org.openscience.cdk.interfaces.IAtomContainer;

import io.vscreen.chem.MoleculeParser;
import io.vscreen.chem.StructureException;
import io.vscreen.chem.fingerprints.Drugs;
import io.vscreen.chem.graph.MolGraph;
import io.vscreen.chem.graph.MolGraphEncoder;

/**
 * Throughput of Murcko scaffolds, generic frameworks and graph encoding on the first 20,000 ZINC
 * SMILES (parsing excluded), one thread. Run like {@code FingerprintBench}.
 */
public final class ScaffoldBench {

    private ScaffoldBench() {
    }

    public static void main(String[] args) throws StructureException {
        MoleculeParser parser = new MoleculeParser();
        List<IAtomContainer> mols = new ArrayList<>();
        for (String smi : Drugs.zinc(20_000)) {
            mols.add(parser.parseSmiles(smi));
        }
        Scaffolds scaffolds = new Scaffolds();
        MolGraphEncoder encoder = new MolGraphEncoder();
        for (int round = 1; round <= 3; round++) {
            long t0 = System.nanoTime();
            long chars = 0;
            for (IAtomContainer m : mols) {
                chars += scaffolds.murcko(m).length();
            }
            report("murcko", round, mols.size(), t0, chars);
            t0 = System.nanoTime();
            chars = 0;
            for (IAtomContainer m : mols) {
                chars += scaffolds.generic(m).length();
            }
            report("generic", round, mols.size(), t0, chars);
            t0 = System.nanoTime();
            long atoms = 0;
            for (IAtomContainer m : mols) {
                MolGraph g = encoder.encode(m);
                atoms += g.atomCount();
            }
            report("graph encode", round, mols.size(), t0, atoms);
        }
    }

    private static void report(String what, int round, int n, long t0, long checksum) {
        double secs = (System.nanoTime() - t0) / 1e9;
        System.out.printf("%-14s round %d: %,d molecules in %.2f s = %,.0f molecules/s (checksum %d)%n", what, round, n, secs,
                n / secs, checksum);
    }
}
