package io.vscreen.chem.fingerprints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.vscreen.chem.StructureException;

/**
 * Known keys (numbering of the MACCS key table; key {@code k} is bit {@code k - 1}), checked
 * against RDKit's MACCS keys for the same molecules.
 */
class MaccsTest {

    private final Fingerprinter maccs = new Maccs();

    private boolean key(String smiles, int key) throws StructureException {
        return maccs.fingerprint(Drugs.parse(smiles)).get(key - 1);
    }

    @Test
    void halogenKeysOnChlorobenzene() throws StructureException {
        assertTrue(key("Clc1ccccc1", 103), "Cl");
        assertTrue(key("Clc1ccccc1", 134), "halogen");
        assertFalse(key("Clc1ccccc1", 46), "Br");
        assertTrue(key("Brc1ccccc1", 46), "Br");
        assertFalse(key("c1ccccc1", 134), "no halogen on benzene");
    }

    @Test
    void ringKeysNeedRings() throws StructureException {
        Fingerprint hexane = maccs.fingerprint(Drugs.parse("CCCCCC"));
        Fingerprint cyclohexane = maccs.fingerprint(Drugs.parse("C1CCCCC1"));
        assertFalse(hexane.get(163 - 1), "6-ring");
        assertFalse(hexane.get(165 - 1), "ring");
        assertTrue(cyclohexane.get(163 - 1));
        assertTrue(cyclohexane.get(165 - 1));
        int[] ringKeys = {11, 19, 22, 96, 101, 125, 145, 163, 165};
        int hexaneRing = 0;
        int naphthaleneRing = 0;
        Fingerprint naphthalene = maccs.fingerprint(Drugs.parse("c1ccc2ccccc2c1"));
        for (int k : ringKeys) {
            hexaneRing += hexane.get(k - 1) ? 1 : 0;
            naphthaleneRing += naphthalene.get(k - 1) ? 1 : 0;
        }
        assertEquals(0, hexaneRing);
        assertTrue(naphthaleneRing >= 4, "naphthalene: 6-ring, two 6-rings, aromatic rings > 1, ring");
        assertTrue(naphthalene.get(125 - 1), "more than one aromatic ring");
        assertFalse(maccs.fingerprint(Drugs.parse("c1ccccc1")).get(125 - 1));
    }

    @Test
    void fragmentKeyOnSalts() throws StructureException {
        assertTrue(key("CC(=O)[O-].[Na+]", 166));
        assertFalse(key("CC(=O)O", 166));
    }

    @Test
    void countsAreTheKeysPresent() throws StructureException {
        Fingerprint f = maccs.fingerprint(Drugs.parse(Drugs.ASPIRIN));
        CountFingerprint c = maccs.counts(Drugs.parse(Drugs.ASPIRIN));
        assertEquals(f.cardinality(), c.total());
        assertEquals(f, c.toBits(166));
    }
}
