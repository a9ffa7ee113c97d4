package io.vscreen.chem.fingerprints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import io.vscreen.chem.StructureException;

/** Known-structure checks of the circular fingerprints. */
class EcfpTest {

    private final Fingerprinter ecfp4 = FingerprintSpec.parse("ecfp4:2048").newFingerprinter();
    private final Fingerprinter ecfp6 = FingerprintSpec.parse("ecfp6:2048").newFingerprinter();
    private final Fingerprinter fcfp4 = FingerprintSpec.parse("fcfp4:2048").newFingerprinter();

    private int[] sortedCounts(Fingerprinter fp, String smiles) throws StructureException {
        int[] c = fp.counts(Drugs.parse(smiles)).counts();
        Arrays.sort(c);
        return c;
    }

    /**
     * The environment multiplicities follow from the method alone and agree with RDKit's Morgan
     * counts at radius 2 (benzene {6, 6, 6}; ethane {2, 1}: both carbons, then one C-C
     * environment because the second atom covers the same bond; toluene 11 features).
     */
    @Test
    void environmentCountsOfSmallMolecules() throws StructureException {
        assertEquals("[6, 6, 6]", Arrays.toString(sortedCounts(ecfp4, "c1ccccc1")));
        assertEquals("[6, 6, 6]", Arrays.toString(sortedCounts(ecfp4, "C1=CC=CC=C1")));
        assertEquals("[1, 2]", Arrays.toString(sortedCounts(ecfp4, "CC")));
        assertEquals("[1, 1, 1, 1, 1, 1, 2, 2, 2, 3, 5]", Arrays.toString(sortedCounts(ecfp4, "Cc1ccccc1")));
        // a lone atom has only its radius-0 feature
        assertEquals("[1]", Arrays.toString(sortedCounts(ecfp4, "[Na+]")));
    }

    @Test
    void benzeneAndTolueneShareTheirRingBits() throws StructureException {
        Fingerprint benzene = ecfp4.fingerprint(Drugs.parse("c1ccccc1"));
        Fingerprint toluene = ecfp4.fingerprint(Drugs.parse("Cc1ccccc1"));
        assertEquals(3, benzene.cardinality());
        // the para CH of toluene sees only ring CH atoms out to radius 2, so all three benzene
        // environments recur (RDKit's Morgan counts of toluene contain all three benzene features)
        assertEquals(3, benzene.intersectionCount(toluene));
        double s = Tanimoto.similarity(benzene, toluene);
        assertTrue(s > 0 && s < 1, "benzene vs toluene " + s);
        Fingerprint cyclohexane = ecfp4.fingerprint(Drugs.parse("C1CCCCC1"));
        assertEquals(0, benzene.intersectionCount(cyclohexane), "aromatic and saturated carbons differ");
    }

    @Test
    void kekuleAndAromaticInputAgree() throws StructureException {
        assertEquals(ecfp4.fingerprint(Drugs.parse(Drugs.CAFFEINE)),
                ecfp4.fingerprint(Drugs.parse("CN1C=NC2=C1C(=O)N(C)C(=O)N2C")));
        assertEquals(ecfp4.fingerprint(Drugs.parse("c1ccc2ccccc2c1")),
                ecfp4.fingerprint(Drugs.parse("C1=CC2=CC=CC=C2C=C1")));
    }

    @Test
    void stereoisomersShareAFingerprint() throws StructureException {
        assertEquals(ecfp4.fingerprint(Drugs.parse("N[C@@H](C)C(=O)O")), ecfp4.fingerprint(Drugs.parse("N[C@H](C)C(=O)O")));
        assertEquals(ecfp4.fingerprint(Drugs.parse("C/C=C/C")), ecfp4.fingerprint(Drugs.parse("C/C=C\\C")));
    }

    @Test
    void largerRadiusAddsFeatures() throws StructureException {
        for (String smi : Drugs.ALL) {
            CountFingerprint r2 = ecfp4.counts(Drugs.parse(smi));
            CountFingerprint r3 = ecfp6.counts(Drugs.parse(smi));
            int[] f = r2.features();
            for (int id : f) {
                assertEquals(r2.count(id), r3.count(id), smi);
            }
            assertTrue(r3.size() >= r2.size(), smi);
        }
        assertTrue(ecfp6.counts(Drugs.parse(Drugs.IMATINIB)).size() > ecfp4.counts(Drugs.parse(Drugs.IMATINIB)).size());
    }

    @Test
    void functionalClassesMergeHalogensButElementsDoNot() throws StructureException {
        assertEquals(fcfp4.fingerprint(Drugs.parse("Clc1ccccc1")), fcfp4.fingerprint(Drugs.parse("Brc1ccccc1")));
        assertNotEquals(ecfp4.fingerprint(Drugs.parse("Clc1ccccc1")), ecfp4.fingerprint(Drugs.parse("Brc1ccccc1")));
        // an ether oxygen (acceptor) and a thioether sulphur (no role) differ in FCFP
        assertNotEquals(fcfp4.fingerprint(Drugs.parse("COC")), fcfp4.fingerprint(Drugs.parse("CSC")));
    }

    @Test
    void explicitHydrogensAreFoldedIntoCounts() throws StructureException {
        assertEquals(ecfp4.fingerprint(Drugs.parse("CCO")), ecfp4.fingerprint(Drugs.parse("[H]OC([H])([H])C")));
    }
}
