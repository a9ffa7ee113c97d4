package io.vscreen.chem.fingerprints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;

import io.vscreen.chem.MoleculeParser;
import io.vscreen.chem.StructureException;

/**
 * The rules every {@link Fingerprinter} keeps; each implementation's test extends this class and
 * names the spec.
 */
public abstract class FingerprinterContractTest {

    /** The fingerprint under test. */
    protected abstract FingerprintSpec spec();

    protected Fingerprinter fingerprinter() {
        return spec().newFingerprinter();
    }

    @Test
    void drugsAreSelfSimilarAndNonEmpty() throws StructureException {
        Fingerprinter fp = fingerprinter();
        for (String smi : Drugs.ALL) {
            Fingerprint f = fp.fingerprint(Drugs.parse(smi));
            assertEquals(spec().length(), f.length());
            assertTrue(f.cardinality() > 0, smi);
            assertEquals(1.0, Tanimoto.similarity(f, fp.fingerprint(Drugs.parse(smi))), smi);
        }
    }

    @Test
    void differentDrugsAreNotIdentical() throws StructureException {
        Fingerprinter fp = fingerprinter();
        double s = Tanimoto.similarity(fp.fingerprint(Drugs.parse(Drugs.ASPIRIN)), fp.fingerprint(Drugs.parse(Drugs.IMATINIB)));
        assertTrue(s < 0.6, "aspirin vs imatinib " + s);
    }

    @Test
    void atomOrderDoesNotMatter() throws StructureException {
        Fingerprinter fp = fingerprinter();
        Random random = new Random(2024);
        for (String smi : Drugs.ALL) {
            IAtomContainer mol = Drugs.parse(smi);
            Fingerprint reference = fp.fingerprint(mol);
            CountFingerprint counts = fp.counts(mol);
            for (int i = 0; i < 10; i++) {
                IAtomContainer shuffled = Drugs.shuffled(mol, random, i % 2 == 0);
                assertEquals(reference, fp.fingerprint(shuffled), smi + " as " + Drugs.canonical(shuffled));
                assertEquals(counts, fp.counts(shuffled), smi);
            }
        }
    }

    @Test
    void atomOrderDoesNotMatterOnZinc() throws StructureException {
        Fingerprinter fp = fingerprinter();
        Random random = new Random(99);
        MoleculeParser parser = new MoleculeParser();
        for (String smi : Drugs.zinc(200)) {
            IAtomContainer mol = parser.parseSmiles(smi);
            assertEquals(fp.fingerprint(mol), fp.fingerprint(Drugs.shuffled(mol, random, random.nextBoolean())), smi);
        }
    }

    @Test
    void canonicalSmilesRoundTripKeepsEveryBit() throws StructureException {
        Fingerprinter fp = fingerprinter();
        MoleculeParser parser = new MoleculeParser();
        List<String> failures = new ArrayList<>();
        for (String smi : Drugs.zinc(1000)) {
            IAtomContainer mol = parser.parseSmiles(smi);
            Fingerprint before = fp.fingerprint(mol);
            String canonical = Drugs.canonical(mol);
            Fingerprint after = fp.fingerprint(parser.parseSmiles(canonical));
            if (Tanimoto.similarity(before, after) != 1.0 || !before.equals(after)) {
                failures.add(smi + " -> " + canonical);
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void leavesTheMoleculeUntouched() throws StructureException {
        IAtomContainer mol = Drugs.parse(Drugs.IMATINIB);
        List<String> before = describe(mol);
        fingerprinter().fingerprint(mol);
        fingerprinter().counts(mol);
        assertEquals(before, describe(mol));
    }

    private static List<String> describe(IAtomContainer mol) {
        List<String> out = new ArrayList<>();
        for (IAtom a : mol.atoms()) {
            out.add(a.getSymbol() + a.getImplicitHydrogenCount() + a.isAromatic() + a.isInRing() + a.getFormalCharge());
        }
        for (IBond b : mol.bonds()) {
            out.add(b.getOrder() + "" + b.isAromatic() + b.isInRing());
        }
        out.add(String.valueOf(mol.getAtomCount()));
        return out;
    }

    @Test
    void aromaticBondsWithoutOrdersAreKekulizedOnACopy() throws Exception {
        org.openscience.cdk.smiles.SmilesParser sp = new org.openscience.cdk.smiles.SmilesParser(
                org.openscience.cdk.silent.SilentChemObjectBuilder.getInstance());
        sp.kekulise(false);
        Fingerprinter fp = fingerprinter();
        for (String smi : Drugs.ALL) {
            IAtomContainer unset = sp.parseSmiles(smi);
            assertEquals(fp.fingerprint(Drugs.parse(smi)), fp.fingerprint(unset), smi);
            for (IBond b : unset.bonds()) {
                assertTrue(!b.isAromatic() || b.getOrder() == IBond.Order.UNSET, "input left as it was");
            }
        }
    }

    @Test
    void instancesInParallelThreadsAgreeWithOneThread() throws Exception {
        List<String> smiles = Drugs.zinc(200);
        Fingerprinter single = fingerprinter();
        MoleculeParser parser = new MoleculeParser();
        List<Fingerprint> expected = new ArrayList<>();
        for (String s : smiles) {
            expected.add(single.fingerprint(parser.parseSmiles(s)));
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<List<Fingerprint>>> parts = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                parts.add(pool.submit(() -> {
                    // each thread its own fingerprinter and parser, as the batch partitions do
                    Fingerprinter own = fingerprinter();
                    MoleculeParser ownParser = new MoleculeParser();
                    List<Fingerprint> out = new ArrayList<>();
                    for (String s : smiles) {
                        out.add(own.fingerprint(ownParser.parseSmiles(s)));
                    }
                    return out;
                }));
            }
            for (java.util.concurrent.Future<List<Fingerprint>> part : parts) {
                assertEquals(expected, part.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void featurizeMatchesTheSpecKind() throws StructureException {
        Fingerprinter fp = fingerprinter();
        IAtomContainer mol = Drugs.parse(Drugs.CAFFEINE);
        int n = spec().length();
        float[] dst = new float[n + 2];
        dst[0] = 5f;
        dst[n + 1] = 5f;
        fp.featurize(mol, dst, 1);
        float[] expected = new float[n + 2];
        expected[0] = 5f;
        expected[n + 1] = 5f;
        if (spec().kind().isCount()) {
            fp.counts(mol).copyTo(expected, 1, n);
        } else {
            fp.fingerprint(mol).copyTo(expected, 1);
        }
        assertEquals(java.util.Arrays.toString(expected), java.util.Arrays.toString(dst));
        // the folded counts and the bits mark the same positions
        Fingerprint bits = fp.fingerprint(mol);
        assertEquals(bits, fp.counts(mol).toBits(n));
    }
}
