package io.vscreen.chem.graph;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.openscience.cdk.config.Isotopes;
import org.openscience.cdk.geometry.cip.CIPTool;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IDoubleBondStereochemistry;
import org.openscience.cdk.interfaces.IStereoElement;
import org.openscience.cdk.interfaces.ITetrahedralChirality;
import org.openscience.cdk.stereo.Stereocenters;

import io.vscreen.chem.StructureException;
import io.vscreen.chem.descriptors.AtomicMasses;

/**
 * Encodes a molecule as {@link MolGraph} tensors for a graph neural network (a Chemprop-style
 * D-MPNN). Heavy atoms are nodes (hydrogens enter as counts); every one-hot group has exactly one
 * column set. It keeps no per-molecule state, but like every CDK-based worker here it is meant to be
 * used by one thread: create one per thread.
 *
 * <h2>Atom feature columns ({@value #ATOM_DIM})</h2>
 * <table>
 *   <caption>Atom columns</caption>
 *   <tr><th>columns</th><th>feature</th><th>values</th></tr>
 *   <tr><td>0-12</td><td>element</td><td>H, B, C, N, O, F, Si, P, S, Cl, Br, I, other</td></tr>
 *   <tr><td>13-18</td><td>heavy-atom degree (bonded non-hydrogen atoms)</td><td>0, 1, 2, 3, 4, 5 or more</td></tr>
 *   <tr><td>19-24</td><td>formal charge</td><td>-2, -1, 0, +1, +2, other</td></tr>
 *   <tr><td>25-30</td><td>total hydrogens (implicit and explicit)</td><td>0, 1, 2, 3, 4, other</td></tr>
 *   <tr><td>31-36</td><td>hybridization (from electron domains, see below)</td><td>sp, sp2, sp3, sp3d, sp3d2, other</td></tr>
 *   <tr><td>37</td><td>aromatic (Daylight model, perceived from the Kekulé structure)</td><td>0/1</td></tr>
 *   <tr><td>38</td><td>in a ring</td><td>0/1</td></tr>
 *   <tr><td>39-42</td><td>chirality</td><td>not a stereocentre; R; S; stereocentre without an R/S
 *       label (configuration not given, or CIP ties CDK's rules cannot break)</td></tr>
 *   <tr><td>43</td><td>atomic mass / 100 (natural abundance mass, or the mass number of a labelled
 *       isotope, or for elements without natural abundance such as actinium the IUPAC value, the
 *       longest-lived isotope's mass number)</td><td>e.g. 0.12011 for carbon</td></tr>
 * </table>
 *
 * <h2>Bond feature columns ({@value #BOND_DIM}), one row per directed edge</h2>
 * <table>
 *   <caption>Bond columns</caption>
 *   <tr><th>columns</th><th>feature</th><th>values</th></tr>
 *   <tr><td>0-4</td><td>bond type</td><td>single, double, triple, aromatic, other</td></tr>
 *   <tr><td>5</td><td>conjugated</td><td>0/1</td></tr>
 *   <tr><td>6</td><td>in a ring</td><td>0/1</td></tr>
 *   <tr><td>7-10</td><td>double-bond stereo</td><td>none; E; Z; other (stereo double bond with
 *       configuration not given, or not labelled)</td></tr>
 * </table>
 *
 * <p>Hybridization and conjugation follow RDKit's conventions (see {@code PiSystems}): sp3 atoms
 * with a lone pair next to a π system (amide N, phenol O, pyrrole N) count as sp2. R/S and E/Z are
 * CIP labels from CDK's {@link CIPTool}, which do not depend on atom order. The column names are
 * also available from {@link #atomColumnName(int)} and {@link #bondColumnName(int)}.
 */
public final class MolGraphEncoder {

    /** First column of the element one-hot. */
    public static final int ELEMENT = 0;
    /** First column of the degree one-hot. */
    public static final int DEGREE = 13;
    /** First column of the formal-charge one-hot. */
    public static final int CHARGE = 19;
    /** First column of the hydrogen-count one-hot. */
    public static final int HYDROGENS = 25;
    /** First column of the hybridization one-hot. */
    public static final int HYBRIDIZATION = 31;
    /** Aromatic atom flag column. */
    public static final int AROMATIC = 37;
    /** Ring atom flag column. */
    public static final int IN_RING = 38;
    /** First column of the chirality one-hot. */
    public static final int CHIRALITY = 39;
    /** Scaled mass column. */
    public static final int MASS = 43;
    /** Atom row width. */
    public static final int ATOM_DIM = 44;

    /** First column of the bond-type one-hot. */
    public static final int BOND_TYPE = 0;
    /** Conjugated bond flag column. */
    public static final int CONJUGATED = 5;
    /** Ring bond flag column. */
    public static final int BOND_IN_RING = 6;
    /** First column of the double-bond stereo one-hot. */
    public static final int STEREO = 7;
    /** Bond row width. */
    public static final int BOND_DIM = 11;

    private static final int[] ELEMENTS = {1, 5, 6, 7, 8, 9, 14, 15, 16, 17, 35, 53};
    private static final String[] ELEMENT_NAMES = {"H", "B", "C", "N", "O", "F", "Si", "P", "S", "Cl", "Br", "I", "other"};
    private static final String[] ATOM_COLUMNS = atomColumns();
    private static final String[] BOND_COLUMNS = {"bond:single", "bond:double", "bond:triple", "bond:aromatic",
        "bond:other", "conjugated", "bond_in_ring", "stereo:none", "stereo:E", "stereo:Z", "stereo:other"};

    private final Isotopes isotopes;

    public MolGraphEncoder() {
        try {
            isotopes = Isotopes.getInstance();
        } catch (IOException e) {
            throw new UncheckedIOException("CDK isotope table unavailable", e);
        }
    }

    private static String[] atomColumns() {
        String[] c = new String[ATOM_DIM];
        for (int i = 0; i < 13; i++) {
            c[ELEMENT + i] = "element:" + ELEMENT_NAMES[i];
        }
        for (int i = 0; i < 6; i++) {
            c[DEGREE + i] = "degree:" + (i < 5 ? String.valueOf(i) : "5+");
            c[HYDROGENS + i] = "hydrogens:" + (i < 5 ? String.valueOf(i) : "other");
        }
        String[] charges = {"-2", "-1", "0", "+1", "+2", "other"};
        String[] hyb = {"sp", "sp2", "sp3", "sp3d", "sp3d2", "other"};
        for (int i = 0; i < 6; i++) {
            c[CHARGE + i] = "charge:" + charges[i];
            c[HYBRIDIZATION + i] = "hybridization:" + hyb[i];
        }
        c[AROMATIC] = "aromatic";
        c[IN_RING] = "in_ring";
        c[CHIRALITY] = "chirality:none";
        c[CHIRALITY + 1] = "chirality:R";
        c[CHIRALITY + 2] = "chirality:S";
        c[CHIRALITY + 3] = "chirality:unlabelled_stereocentre";
        c[MASS] = "mass/100";
        return c;
    }

    /** Name of atom feature column {@code column}, e.g. {@code element:Cl} or {@code charge:+1}. */
    public static String atomColumnName(int column) {
        return ATOM_COLUMNS[column];
    }

    /** Name of bond feature column {@code column}, e.g. {@code bond:aromatic}. */
    public static String bondColumnName(int column) {
        return BOND_COLUMNS[column];
    }

    /**
     * Encodes a parsed molecule (Kekulé bonds, implicit hydrogen counts); the molecule is not
     * modified.
     *
     * @throws StructureException if the molecule lacks hydrogen counts or aromaticity fails
     */
    public MolGraph encode(IAtomContainer mol) throws StructureException {
        return encode(HeavyAtomGraph.of(mol));
    }

    /** Encodes a graph already built. */
    public MolGraph encode(HeavyAtomGraph g) {
        IAtomContainer mol = g.molecule();
        int n = g.atomCount();
        int nb = g.bondCount();
        PiSystems pi = new PiSystems(g);

        int[] chirality = new int[n];
        int[] bondStereo = new int[nb];
        stereo(g, mol, chirality, bondStereo);

        float[] atoms = new float[n * ATOM_DIM];
        for (int i = 0; i < n; i++) {
            int row = i * ATOM_DIM;
            atoms[row + ELEMENT + elementSlot(g.atomicNumber(i))] = 1f;
            atoms[row + DEGREE + Math.min(g.degree(i), 5)] = 1f;
            int charge = g.charge(i);
            atoms[row + CHARGE + (charge >= -2 && charge <= 2 ? charge + 2 : 5)] = 1f;
            int h = g.hydrogenCount(i);
            atoms[row + HYDROGENS + (h <= 4 ? h : 5)] = 1f;
            atoms[row + HYBRIDIZATION + pi.hybridization(i)] = 1f;
            atoms[row + AROMATIC] = g.atomAromatic(i) ? 1f : 0f;
            atoms[row + IN_RING] = g.atomInRing(i) ? 1f : 0f;
            atoms[row + CHIRALITY + chirality[i]] = 1f;
            atoms[row + MASS] = (float) (mass(g, i) / 100.0);
        }

        float[] bonds = new float[2 * nb * BOND_DIM];
        int[] source = new int[2 * nb];
        int[] target = new int[2 * nb];
        int[] reverse = new int[2 * nb];
        for (int b = 0; b < nb; b++) {
            int row = 2 * b * BOND_DIM;
            int type;
            if (g.aromatic(b)) {
                type = 3;
            } else {
                type = switch (g.kekuleOrder(b)) {
                    case 1 -> 0;
                    case 2 -> 1;
                    case 3 -> 2;
                    default -> 4;
                };
            }
            bonds[row + BOND_TYPE + type] = 1f;
            bonds[row + CONJUGATED] = pi.conjugated(b) ? 1f : 0f;
            bonds[row + BOND_IN_RING] = g.inRing(b) ? 1f : 0f;
            bonds[row + STEREO + bondStereo[b]] = 1f;
            System.arraycopy(bonds, row, bonds, row + BOND_DIM, BOND_DIM);
            source[2 * b] = g.bondBegin(b);
            target[2 * b] = g.bondEnd(b);
            source[2 * b + 1] = g.bondEnd(b);
            target[2 * b + 1] = g.bondBegin(b);
            reverse[2 * b] = 2 * b + 1;
            reverse[2 * b + 1] = 2 * b;
        }
        return new MolGraph(n, nb, atoms, bonds, source, target, reverse);
    }

    private static int elementSlot(int z) {
        for (int i = 0; i < ELEMENTS.length; i++) {
            if (ELEMENTS[i] == z) {
                return i;
            }
        }
        return ELEMENTS.length;
    }

    private double mass(HeavyAtomGraph g, int i) {
        Integer massNumber = g.atom(i).getMassNumber();
        if (massNumber != null) {
            return massNumber;
        }
        double natural = isotopes.getNaturalMass(g.atomicNumber(i));
        if (natural > 0) {
            return natural;
        }
        // elements without a natural abundance (Tc, Pm, Ac, ...): CDK has no mass for them, the
        // IUPAC table of the descriptors gives the longest-lived isotope's mass number
        return AtomicMasses.average(g.atomicNumber(i));
    }

    /** Fills chirality slots (0 none, 1 R, 2 S, 3 unlabelled) and bond stereo slots (0 none, 1 E, 2 Z, 3 other). */
    private static void stereo(HeavyAtomGraph g, IAtomContainer mol, int[] chirality, int[] bondStereo) {
        boolean[] specifiedAtom = new boolean[g.atomCount()];
        boolean[] specifiedBond = new boolean[g.bondCount()];
        for (IStereoElement<?, ?> se : mol.stereoElements()) {
            if (se instanceof ITetrahedralChirality tc) {
                int i = g.graphIndexOf(tc.getChiralAtom());
                if (i < 0) {
                    continue;
                }
                specifiedAtom[i] = true;
                chirality[i] = switch (cip(() -> CIPTool.getCIPChirality(mol, tc))) {
                    case R -> 1;
                    case S -> 2;
                    default -> 3;
                };
            } else if (se instanceof IDoubleBondStereochemistry db) {
                int b = bondIndex(g, db.getStereoBond());
                if (b < 0) {
                    continue;
                }
                specifiedBond[b] = true;
                bondStereo[b] = switch (cip(() -> CIPTool.getCIPChirality(mol, db))) {
                    case E -> 1;
                    case Z -> 2;
                    default -> 3;
                };
            }
        }
        Stereocenters centres = null;
        for (int i = 0; i < g.atomCount(); i++) {
            if (!specifiedAtom[i] && mayBeTetrahedral(g, i)) {
                if (centres == null) {
                    centres = Stereocenters.of(mol);
                }
                int ci = mol.indexOf(g.atom(i));
                if (centres.isStereocenter(ci) && centres.elementType(ci) == Stereocenters.Type.Tetracoordinate) {
                    chirality[i] = 3;
                }
            }
        }
        for (int b = 0; b < g.bondCount(); b++) {
            if (!specifiedBond[b] && g.kekuleOrder(b) == 2 && !g.aromatic(b) && !g.inRing(b)
                    && mayBeDoubleBondEnd(g, g.bondBegin(b)) && mayBeDoubleBondEnd(g, g.bondEnd(b))) {
                if (centres == null) {
                    centres = Stereocenters.of(mol);
                }
                int u = mol.indexOf(g.atom(g.bondBegin(b)));
                int v = mol.indexOf(g.atom(g.bondEnd(b)));
                if (centres.isStereocenter(u) && centres.isStereocenter(v)) {
                    bondStereo[b] = 3;
                }
            }
        }
    }

    /**
     * Cheap necessary condition for a tetrahedral stereocentre (InChI's element and valence rules, as
     * CDK's {@link Stereocenters} applies them, and no two identical terminal neighbours), so that
     * the full symmetry analysis runs only for molecules that may have one.
     */
    private static boolean mayBeTetrahedral(HeavyAtomGraph g, int i) {
        int h = g.hydrogenCount(i);
        int d = g.degree(i);
        if (h > 1 || d < 3 || g.atomAromatic(i)) {
            return false;
        }
        int z = g.atomicNumber(i);
        boolean candidate = switch (z) {
            case 5, 6, 14, 32, 50 -> d + h == 4 && allSingle(g, i);
            case 7 -> (d == 4 && h == 0) || (d == 3 && h == 0 && g.atomInRing(i));
            case 15, 16, 33, 34 -> h == 0;
            default -> false;
        };
        return candidate && !twoIdenticalTerminalNeighbours(g, i);
    }

    /** Cheap necessary condition for one end of a stereogenic double bond. */
    private static boolean mayBeDoubleBondEnd(HeavyAtomGraph g, int i) {
        int h = g.hydrogenCount(i);
        int d = g.degree(i);
        return switch (g.atomicNumber(i)) {
            case 6, 14, 32 -> d + h == 3 && h <= 1 && !twoIdenticalTerminalNeighbours(g, i);
            case 7 -> h <= 1 && (d + h == 2 || d + h == 3);
            default -> false;
        };
    }

    private static boolean allSingle(HeavyAtomGraph g, int i) {
        for (int k = 0; k < g.degree(i); k++) {
            if (g.kekuleOrder(g.neighborBond(i, k)) != 1) {
                return false;
            }
        }
        return true;
    }

    /** Two terminal neighbours of one element, charge, hydrogen count and bond order (gem-dimethyl). */
    private static boolean twoIdenticalTerminalNeighbours(HeavyAtomGraph g, int i) {
        int d = g.degree(i);
        for (int k = 0; k < d; k++) {
            int a = g.neighbor(i, k);
            if (g.degree(a) != 1) {
                continue;
            }
            for (int m = k + 1; m < d; m++) {
                int b = g.neighbor(i, m);
                if (g.degree(b) == 1 && g.atomicNumber(a) == g.atomicNumber(b) && g.charge(a) == g.charge(b)
                        && g.hydrogenCount(a) == g.hydrogenCount(b)
                        && g.kekuleOrder(g.neighborBond(i, k)) == g.kekuleOrder(g.neighborBond(i, m))
                        && g.atom(a).getMassNumber() == null && g.atom(b).getMassNumber() == null) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int bondIndex(HeavyAtomGraph g, org.openscience.cdk.interfaces.IBond bond) {
        for (int b = 0; b < g.bondCount(); b++) {
            if (g.bond(b) == bond) {
                return b;
            }
        }
        return -1;
    }

    private static CIPTool.CIP_CHIRALITY cip(java.util.function.Supplier<CIPTool.CIP_CHIRALITY> label) {
        try {
            return label.get();
        } catch (RuntimeException e) {
            return CIPTool.CIP_CHIRALITY.NONE;
        }
    }
}
