package io.vscreen.chem.graph;

import static io.vscreen.chem.graph.MolGraphEncoder.AROMATIC;
import static io.vscreen.chem.graph.MolGraphEncoder.BOND_IN_RING;
import static io.vscreen.chem.graph.MolGraphEncoder.BOND_TYPE;
import static io.vscreen.chem.graph.MolGraphEncoder.CHARGE;
import static io.vscreen.chem.graph.MolGraphEncoder.CHIRALITY;
import static io.vscreen.chem.graph.MolGraphEncoder.CONJUGATED;
import static io.vscreen.chem.graph.MolGraphEncoder.DEGREE;
import static io.vscreen.chem.graph.MolGraphEncoder.ELEMENT;
import static io.vscreen.chem.graph.MolGraphEncoder.HYBRIDIZATION;
import static io.vscreen.chem.graph.MolGraphEncoder.HYDROGENS;
import static io.vscreen.chem.graph.MolGraphEncoder.IN_RING;
import static io.vscreen.chem.graph.MolGraphEncoder.MASS;
import static io.vscreen.chem.graph.MolGraphEncoder.STEREO;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.openscience.cdk.interfaces.IAtomContainer;

import io.vscreen.chem.MoleculeParser;
import io.vscreen.chem.StructureException;
import io.vscreen.chem.fingerprints.Drugs;

/** Feature rows checked against the chemistry of named molecules. */
class MolGraphEncoderTest {

    private static final int C = 2;
    private static final int N = 3;
    private static final int O = 4;
    private static final int CL = 9;
    private static final int OTHER_ELEMENT = 12;
    private static final int SP = 0;
    private static final int SP2 = 1;
    private static final int SP3 = 2;
    private static final int SINGLE = 0;
    private static final int DOUBLE = 1;
    private static final int TRIPLE = 2;
    private static final int AROM = 3;

    private final MolGraphEncoder encoder = new MolGraphEncoder();

    private MolGraph encode(String smiles) throws StructureException {
        return encoder.encode(Drugs.parse(smiles));
    }

    /** The one set column of a one-hot group of {@code width} columns starting at {@code first}. */
    private static int atomSlot(MolGraph g, int atom, int first, int width) {
        int found = -1;
        for (int k = 0; k < width; k++) {
            float v = g.atomFeature(atom, first + k);
            if (v == 1f) {
                assertEquals(-1, found, "two columns set in group " + MolGraphEncoder.atomColumnName(first));
                found = k;
            } else {
                assertEquals(0f, v);
            }
        }
        assertTrue(found >= 0, "no column set in group " + MolGraphEncoder.atomColumnName(first));
        return found;
    }

    private static int bondSlot(MolGraph g, int edge, int first, int width) {
        int found = -1;
        for (int k = 0; k < width; k++) {
            if (g.bondFeature(edge, first + k) == 1f) {
                assertEquals(-1, found);
                found = k;
            }
        }
        assertTrue(found >= 0);
        return found;
    }

    /** Directed edge from atom u to atom v. */
    private static int edge(MolGraph g, int u, int v) {
        for (int e = 0; e < g.edgeCount(); e++) {
            if (g.edgeSource()[e] == u && g.edgeTarget()[e] == v) {
                return e;
            }
        }
        throw new AssertionError("no edge " + u + "->" + v);
    }

    private static void assertAtom(MolGraph g, int atom, int element, int degree, int charge, int hydrogens, int hyb,
            boolean aromatic, boolean ring) {
        assertEquals(element, atomSlot(g, atom, ELEMENT, 13), "element");
        assertEquals(degree, atomSlot(g, atom, DEGREE, 6), "degree");
        assertEquals(charge + 2, atomSlot(g, atom, CHARGE, 6), "charge");
        assertEquals(hydrogens, atomSlot(g, atom, HYDROGENS, 6), "hydrogens");
        assertEquals(hyb, atomSlot(g, atom, HYBRIDIZATION, 6), "hybridization");
        assertEquals(aromatic ? 1f : 0f, g.atomFeature(atom, AROMATIC), "aromatic");
        assertEquals(ring ? 1f : 0f, g.atomFeature(atom, IN_RING), "ring");
    }

    private static void assertBond(MolGraph g, int u, int v, int type, boolean conjugated, boolean ring) {
        for (int e : new int[] {edge(g, u, v), edge(g, v, u)}) {
            assertEquals(type, bondSlot(g, e, BOND_TYPE, 5), "type " + u + "-" + v);
            assertEquals(conjugated ? 1f : 0f, g.bondFeature(e, CONJUGATED), "conjugated " + u + "-" + v);
            assertEquals(ring ? 1f : 0f, g.bondFeature(e, BOND_IN_RING), "ring " + u + "-" + v);
        }
    }

    @Test
    void ethanol() throws StructureException {
        MolGraph g = encode("CCO");
        assertEquals(3, g.atomCount());
        assertEquals(4, g.edgeCount());
        assertAtom(g, 0, C, 1, 0, 3, SP3, false, false);
        assertAtom(g, 1, C, 2, 0, 2, SP3, false, false);
        assertAtom(g, 2, O, 1, 0, 1, SP3, false, false);
        assertBond(g, 0, 1, SINGLE, false, false);
        assertBond(g, 1, 2, SINGLE, false, false);
        assertEquals(0.12011f, g.atomFeature(0, MASS), 1e-4);
        assertEquals(0.15999f, g.atomFeature(2, MASS), 1e-4);
        assertEquals(0, atomSlot(g, 1, CHIRALITY, 4));
    }

    @Test
    void elementsWithoutNaturalAbundanceGetTheirMajorIsotopesMass() throws StructureException {
        // an HIV screening compound with an actinium atom: no natural-abundance mass in CDK
        MolGraph g = encode("CCOC(=O)c1ccc(C(O)C([Ac])C(=O)OC(C)(C)C)[nH]1");
        for (int a = 0; a < g.atomCount(); a++) {
            assertTrue(Float.isFinite(g.atomFeature(a, MASS)), "mass of atom " + a);
        }
        assertEquals(2.27f, maxMass(g), 1e-4, "actinium-227");
        assertEquals(0.98f, encode("[Tc]").atomFeature(0, MASS), 1e-4, "technetium-98");
    }

    private static float maxMass(MolGraph g) {
        float max = 0;
        for (int a = 0; a < g.atomCount(); a++) {
            max = Math.max(max, g.atomFeature(a, MASS));
        }
        return max;
    }

    @Test
    void benzeneIsSixAromaticRingAtomsAndTwelveAromaticEdges() throws StructureException {
        for (String smi : new String[] {"c1ccccc1", "C1=CC=CC=C1"}) {
            MolGraph g = encode(smi);
            assertEquals(6, g.atomCount());
            assertEquals(12, g.edgeCount());
            for (int i = 0; i < 6; i++) {
                assertAtom(g, i, C, 2, 0, 1, SP2, true, true);
            }
            for (int e = 0; e < 12; e++) {
                assertEquals(AROM, bondSlot(g, e, BOND_TYPE, 5));
                assertEquals(1f, g.bondFeature(e, CONJUGATED));
                assertEquals(1f, g.bondFeature(e, BOND_IN_RING));
                assertEquals(0, bondSlot(g, e, STEREO, 4));
            }
        }
    }

    @Test
    void aceticAcidCarbonyl() throws StructureException {
        MolGraph g = encode("CC(=O)O");
        assertAtom(g, 0, C, 1, 0, 3, SP3, false, false);
        assertAtom(g, 1, C, 3, 0, 0, SP2, false, false);
        assertAtom(g, 2, O, 1, 0, 0, SP2, false, false);
        // the hydroxyl O is conjugated with the carbonyl (sp2, as RDKit has it)
        assertAtom(g, 3, O, 1, 0, 1, SP2, false, false);
        assertBond(g, 1, 2, DOUBLE, true, false);
        assertBond(g, 1, 3, SINGLE, true, false);
        assertBond(g, 0, 1, SINGLE, false, false);
    }

    @Test
    void aspirin() throws StructureException {
        // CC(=O)Oc1ccccc1C(=O)O: atoms 0 C, 1 C, 2 O, 3 O(ester), 4-9 ring, 10 C, 11 O, 12 O
        MolGraph g = encode(Drugs.ASPIRIN);
        assertEquals(13, g.atomCount());
        assertEquals(26, g.edgeCount());
        assertAtom(g, 3, O, 2, 0, 0, SP2, false, false);
        assertAtom(g, 4, C, 3, 0, 0, SP2, true, true);
        assertAtom(g, 5, C, 2, 0, 1, SP2, true, true);
        assertAtom(g, 9, C, 3, 0, 0, SP2, true, true);
        assertAtom(g, 10, C, 3, 0, 0, SP2, false, false);
        assertBond(g, 3, 4, SINGLE, true, false);
        assertBond(g, 9, 10, SINGLE, true, false);
        assertBond(g, 10, 11, DOUBLE, true, false);
        assertBond(g, 4, 9, AROM, true, true);
        int ringAtoms = 0;
        for (int i = 0; i < 13; i++) {
            ringAtoms += g.atomFeature(i, IN_RING) == 1f ? 1 : 0;
        }
        assertEquals(6, ringAtoms);
    }

    @Test
    void otherHybridizationsAndElements() throws StructureException {
        MolGraph nitrile = encode("CC#N");
        assertAtom(nitrile, 1, C, 2, 0, 0, SP, false, false);
        assertAtom(nitrile, 2, N, 1, 0, 0, SP, false, false);
        assertBond(nitrile, 1, 2, TRIPLE, false, false);
        MolGraph chlorobenzene = encode("Clc1ccccc1");
        assertAtom(chlorobenzene, 0, CL, 1, 0, 0, SP3, false, false);
        assertBond(chlorobenzene, 0, 1, SINGLE, false, false);
        MolGraph ammonium = encode("C[NH3+]");
        assertAtom(ammonium, 1, N, 1, 1, 3, SP3, false, false);
        MolGraph sulfone = encode("CS(C)(=O)=O");
        assertEquals(SP3, atomSlot(sulfone, 1, HYBRIDIZATION, 6));
        assertBond(sulfone, 1, 3, DOUBLE, false, false);
        assertEquals(4, atomSlot(encode("FS(F)(F)(F)(F)F"), 1, HYBRIDIZATION, 6), "sp3d2");
        assertEquals(3, atomSlot(encode("FP(F)(F)(F)F"), 1, HYBRIDIZATION, 6), "sp3d");
        assertEquals(OTHER_ELEMENT, atomSlot(encode("C[Se]C"), 1, ELEMENT, 13));
        // amide N is planar (conjugated lone pair); pyrrole N likewise
        assertEquals(SP2, atomSlot(encode("CC(N)=O"), 2, HYBRIDIZATION, 6));
        assertEquals(SP2, atomSlot(encode("c1cc[nH]c1"), 3, HYBRIDIZATION, 6));
        assertEquals(SP3, atomSlot(encode("CCN"), 2, HYBRIDIZATION, 6));
    }

    @Test
    void alanineEnantiomersAreLabelledByCip() throws StructureException {
        int r = 1;
        int s = 2;
        assertEquals(s, atomSlot(encode(Drugs.L_ALANINE), 1, CHIRALITY, 4), "L-alanine is (S)");
        assertEquals(s, atomSlot(encode("C[C@H](N)C(=O)O"), 1, CHIRALITY, 4), "L-alanine written from the methyl");
        assertEquals(r, atomSlot(encode("N[C@H](C)C(=O)O"), 1, CHIRALITY, 4), "D-alanine is (R)");
        assertEquals(3, atomSlot(encode("NC(C)C(=O)O"), 1, CHIRALITY, 4), "unspecified stereocentre");
        assertEquals(0, atomSlot(encode("NCC(=O)O"), 1, CHIRALITY, 4), "glycine has none");
        // (S)-ibuprofen
        assertEquals(s, atomSlot(encode("CC(C)Cc1ccc(cc1)[C@H](C)C(=O)O"), 10, CHIRALITY, 4));
    }

    @Test
    void doubleBondStereo() throws StructureException {
        assertEquals(1, bondSlot(encode("C/C=C/C"), edge(encode("C/C=C/C"), 1, 2), STEREO, 4), "trans-2-butene is E");
        MolGraph z = encode("C/C=C\\C");
        assertEquals(2, bondSlot(z, edge(z, 2, 1), STEREO, 4), "cis-2-butene is Z");
        MolGraph unspecified = encode("CC=CC");
        assertEquals(3, bondSlot(unspecified, edge(unspecified, 1, 2), STEREO, 4));
        MolGraph propene = encode("CC=C");
        assertEquals(0, bondSlot(propene, edge(propene, 1, 2), STEREO, 4));
    }

    /** With stereo removed, every stereocentre CDK finds (and only those) is marked unlabelled. */
    @Test
    void unspecifiedStereocentresMatchCdkStereocenters() throws StructureException {
        MoleculeParser parser = new MoleculeParser();
        int centres = 0;
        int stereoBonds = 0;
        for (String smi : Drugs.zinc(1000)) {
            IAtomContainer mol = parser.parseSmiles(smi);
            mol.setStereoElements(new ArrayList<>());
            MolGraph g = encoder.encode(mol);
            org.openscience.cdk.stereo.Stereocenters sc = org.openscience.cdk.stereo.Stereocenters.of(mol);
            for (int i = 0; i < g.atomCount(); i++) {
                boolean expected = sc.isStereocenter(i)
                        && sc.elementType(i) == org.openscience.cdk.stereo.Stereocenters.Type.Tetracoordinate;
                assertEquals(expected ? 3 : 0, atomSlot(g, i, CHIRALITY, 4), smi + " atom " + i);
                centres += expected ? 1 : 0;
            }
            for (int e = 0; e < g.edgeCount(); e += 2) {
                int u = g.edgeSource()[e];
                int v = g.edgeTarget()[e];
                org.openscience.cdk.interfaces.IBond bond = mol.getBond(mol.getAtom(u), mol.getAtom(v));
                boolean expected = bond.getOrder() == org.openscience.cdk.interfaces.IBond.Order.DOUBLE && !bond.isAromatic()
                        && g.bondFeature(e, BOND_IN_RING) == 0f && sc.isStereocenter(u) && sc.isStereocenter(v);
                assertEquals(expected ? 3 : 0, bondSlot(g, e, STEREO, 4), smi + " bond " + u + "-" + v);
                stereoBonds += expected ? 1 : 0;
            }
        }
        assertTrue(centres > 100 && stereoBonds > 5, centres + " centres, " + stereoBonds + " stereo bonds");
    }

    @Test
    void edgesPairWithTheirReverse() throws StructureException {
        MoleculeParser parser = new MoleculeParser();
        for (String smi : Drugs.zinc(300)) {
            MolGraph g = encoder.encode(parser.parseSmiles(smi));
            for (int e = 0; e < g.edgeCount(); e++) {
                int rev = g.reverseEdge()[e];
                assertEquals(e, g.reverseEdge()[rev]);
                assertEquals(g.edgeSource()[e], g.edgeTarget()[rev]);
                assertEquals(g.edgeTarget()[e], g.edgeSource()[rev]);
                for (int c = 0; c < MolGraph.BOND_DIM; c++) {
                    assertEquals(g.bondFeature(e, c), g.bondFeature(rev, c));
                }
            }
            for (int i = 0; i < g.atomCount(); i++) {
                atomSlot(g, i, ELEMENT, 13);
                atomSlot(g, i, DEGREE, 6);
                atomSlot(g, i, CHARGE, 6);
                atomSlot(g, i, HYDROGENS, 6);
                atomSlot(g, i, HYBRIDIZATION, 6);
                atomSlot(g, i, CHIRALITY, 4);
            }
        }
    }

    @Test
    void atomOrderOnlyPermutesRows() throws StructureException {
        Random random = new Random(5);
        for (String smi : new String[] {Drugs.IMATINIB, Drugs.L_ALANINE, "C/C=C/C(=O)O", Drugs.CAFFEINE}) {
            IAtomContainer mol = Drugs.parse(smi);
            List<String> rows = rows(encoder.encode(mol));
            for (int i = 0; i < 5; i++) {
                assertEquals(rows, rows(encoder.encode(Drugs.shuffled(mol, random, i % 2 == 0))), smi);
            }
        }
    }

    private static List<String> rows(MolGraph g) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < g.atomCount(); i++) {
            StringBuilder sb = new StringBuilder("atom");
            for (int c = 0; c < MolGraph.ATOM_DIM; c++) {
                sb.append(' ').append(g.atomFeature(i, c));
            }
            out.add(sb.toString());
        }
        for (int e = 0; e < g.edgeCount(); e++) {
            StringBuilder sb = new StringBuilder("edge");
            for (int c = 0; c < MolGraph.BOND_DIM; c++) {
                sb.append(' ').append(g.bondFeature(e, c));
            }
            out.add(sb.toString());
        }
        java.util.Collections.sort(out);
        return out;
    }

    @Test
    void columnNamesCoverEveryColumn() {
        assertEquals("element:Cl", MolGraphEncoder.atomColumnName(ELEMENT + 9));
        assertEquals("charge:+1", MolGraphEncoder.atomColumnName(CHARGE + 3));
        assertEquals("chirality:S", MolGraphEncoder.atomColumnName(CHIRALITY + 2));
        assertEquals("mass/100", MolGraphEncoder.atomColumnName(MolGraph.ATOM_DIM - 1));
        assertEquals("stereo:Z", MolGraphEncoder.bondColumnName(MolGraph.BOND_DIM - 2));
        for (int c = 0; c < MolGraph.ATOM_DIM; c++) {
            assertTrue(MolGraphEncoder.atomColumnName(c) != null, "column " + c);
        }
    }

    @Test
    void explicitHydrogensBecomeCounts() throws StructureException {
        MolGraph g = encode("[H]OC([H])([H])C");
        assertEquals(3, g.atomCount());
        assertEquals(1, atomSlot(g, 0, HYDROGENS, 6));
    }
}
