package io.vscreen.chem.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openscience.cdk.graph.Cycles;
import org.openscience.cdk.interfaces.IAtomContainer;

import io.vscreen.chem.MoleculeParser;
import io.vscreen.chem.StructureException;
import io.vscreen.chem.fingerprints.Drugs;

class HeavyAtomGraphTest {

    @Test
    void ringBondsAgreeWithCdkRingPerception() throws StructureException {
        MoleculeParser parser = new MoleculeParser();
        for (String smi : Drugs.zinc(500)) {
            IAtomContainer mol = parser.parseSmiles(smi);
            HeavyAtomGraph g = HeavyAtomGraph.of(mol);
            IAtomContainer copy = parser.parseSmiles(smi);
            Cycles.markRingAtomsAndBonds(copy);
            for (int b = 0; b < g.bondCount(); b++) {
                assertEquals(copy.getBond(mol.indexOf(g.bond(b))).isInRing(), g.inRing(b), smi + " bond " + b);
            }
        }
    }

    @Test
    void spiroAndFusedRingsAndLinkers() throws StructureException {
        // biphenyl: the linking bond is not a ring bond
        HeavyAtomGraph biphenyl = HeavyAtomGraph.of(Drugs.parse("c1ccccc1-c1ccccc1"));
        int ringBonds = 0;
        for (int b = 0; b < biphenyl.bondCount(); b++) {
            ringBonds += biphenyl.inRing(b) ? 1 : 0;
        }
        assertEquals(12, ringBonds);
        HeavyAtomGraph spiro = HeavyAtomGraph.of(Drugs.parse("C1CCC2(C1)CCCC2"));
        for (int b = 0; b < spiro.bondCount(); b++) {
            assertTrue(spiro.inRing(b));
        }
    }

    @Test
    void hydrogensAndAromaticity() throws StructureException {
        HeavyAtomGraph g = HeavyAtomGraph.of(Drugs.parse("[H]c1ccccc1"));
        assertEquals(6, g.atomCount());
        for (int i = 0; i < 6; i++) {
            assertEquals(1, g.hydrogenCount(i));
            assertTrue(g.atomAromatic(i));
        }
        HeavyAtomGraph h2 = HeavyAtomGraph.of(Drugs.parse("[H][H]"));
        assertEquals(2, h2.atomCount());
        HeavyAtomGraph cyclohexene = HeavyAtomGraph.of(Drugs.parse("C1=CCCCC1"));
        for (int b = 0; b < cyclohexene.bondCount(); b++) {
            assertFalse(cyclohexene.aromatic(b));
        }
        // Kekule input gives the same aromaticity as aromatic input
        HeavyAtomGraph pyrrole = HeavyAtomGraph.of(Drugs.parse("C1=CNC=C1"));
        for (int i = 0; i < 5; i++) {
            assertTrue(pyrrole.atomAromatic(i));
        }
    }
}
