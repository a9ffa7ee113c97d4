package io.vscreen.chem.graph;

import java.util.Arrays;
import java.util.Set;

import org.openscience.cdk.aromaticity.Aromaticity;
import org.openscience.cdk.aromaticity.Kekulization;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.graph.Cycles;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;

import io.vscreen.chem.StructureException;

/**
 * The hydrogen-suppressed graph of a molecule as index arrays, with the facts every
 * graph algorithm here needs: neighbours, total hydrogen counts, ring bonds and perceived
 * aromaticity. Built once per molecule by fingerprints, graph encoders and scaffold cutting;
 * immutable; does not modify the molecule.
 *
 * <p><b>Hydrogens.</b> A hydrogen atom bonded to exactly one non-hydrogen atom, uncharged and
 * without isotope label, is folded into its neighbour's hydrogen count; other hydrogens (H2, H+,
 * deuterium) stay as atoms.
 *
 * <p><b>Rings.</b> A bond is a ring bond when it is not a bridge of the graph (it lies on a cycle);
 * an atom is a ring atom when it has a ring bond.
 *
 * <p><b>Bond orders.</b> A molecule with aromatic bonds of unset order is kekulized on a copy first
 * ({@link #molecule()} is then that copy).
 *
 * <p><b>Aromaticity</b> is perceived from the Kekulé bond orders with CDK's Daylight model over all
 * cycles (relevant cycles for very large ring systems), ignoring any aromatic flags the input
 * carries, so the result is the same for a molecule and for its Kekulé SMILES parsed again.
 */
public final class HeavyAtomGraph {

    // stateless and shared, as CDK's own SmartsPattern shares its aromaticity model
    private static final Aromaticity DAYLIGHT = new Aromaticity(Aromaticity.Model.Daylight,
            Cycles.or(Cycles.all(), Cycles.relevant()));

    private final IAtomContainer mol;
    private final int atomCount;
    private final int bondCount;
    private final IAtom[] atoms;
    private final IBond[] bonds;
    private final int[] graphIndex; // container atom index -> graph index, -1 for folded hydrogens
    private final int[] bondBegin;
    private final int[] bondEnd;
    private final int[][] neighbors;
    private final int[][] neighborBonds;
    private final int[] hydrogens;
    private final boolean[] ringBond;
    private final boolean[] ringAtom;
    private final boolean[] aromaticBond;
    private final boolean[] aromaticAtom;

    private HeavyAtomGraph(IAtomContainer mol, boolean perceiveAromaticity) throws StructureException {
        this.mol = mol;
        int na = mol.getAtomCount();
        graphIndex = new int[na];
        int[] extraH = new int[na];
        int n = 0;
        for (int i = 0; i < na; i++) {
            IAtom a = mol.getAtom(i);
            int foldInto = foldedInto(mol, a);
            if (foldInto >= 0) {
                graphIndex[i] = -1;
                extraH[foldInto]++;
            } else {
                graphIndex[i] = n++;
            }
        }
        atomCount = n;
        atoms = new IAtom[n];
        hydrogens = new int[n];
        for (int i = 0; i < na; i++) {
            int g = graphIndex[i];
            if (g >= 0) {
                IAtom a = mol.getAtom(i);
                atoms[g] = a;
                Integer h = a.getImplicitHydrogenCount();
                if (h == null) {
                    throw new StructureException("implicit hydrogen count not set on atom " + (i + 1));
                }
                hydrogens[g] = h + extraH[i];
            }
        }
        int nb = 0;
        int[] degree = new int[n];
        IBond[] tmpBonds = new IBond[mol.getBondCount()];
        int[] b0 = new int[tmpBonds.length];
        int[] b1 = new int[tmpBonds.length];
        for (IBond b : mol.bonds()) {
            if (b.getAtomCount() != 2) {
                throw new StructureException("bond with " + b.getAtomCount() + " atoms is not supported");
            }
            int u = graphIndex[mol.indexOf(b.getBegin())];
            int v = graphIndex[mol.indexOf(b.getEnd())];
            if (u < 0 || v < 0) {
                continue;
            }
            tmpBonds[nb] = b;
            b0[nb] = u;
            b1[nb] = v;
            degree[u]++;
            degree[v]++;
            nb++;
        }
        bondCount = nb;
        bonds = Arrays.copyOf(tmpBonds, nb);
        bondBegin = Arrays.copyOf(b0, nb);
        bondEnd = Arrays.copyOf(b1, nb);
        neighbors = new int[n][];
        neighborBonds = new int[n][];
        for (int i = 0; i < n; i++) {
            neighbors[i] = new int[degree[i]];
            neighborBonds[i] = new int[degree[i]];
        }
        int[] fill = new int[n];
        for (int b = 0; b < nb; b++) {
            int u = bondBegin[b];
            int v = bondEnd[b];
            neighbors[u][fill[u]] = v;
            neighborBonds[u][fill[u]++] = b;
            neighbors[v][fill[v]] = u;
            neighborBonds[v][fill[v]++] = b;
        }
        ringBond = new boolean[nb];
        ringAtom = new boolean[n];
        markRingBonds();
        aromaticBond = new boolean[nb];
        aromaticAtom = new boolean[n];
        if (perceiveAromaticity) {
            perceiveAromaticity();
        }
    }

    /**
     * Builds the graph with aromaticity perceived.
     *
     * @throws StructureException if hydrogen counts are missing or aromaticity cannot be perceived
     */
    public static HeavyAtomGraph of(IAtomContainer mol) throws StructureException {
        return new HeavyAtomGraph(kekule(mol), true);
    }

    /** Builds the graph without aromaticity perception (all bonds reported non-aromatic). */
    public static HeavyAtomGraph withoutAromaticity(IAtomContainer mol) throws StructureException {
        return new HeavyAtomGraph(kekule(mol), false);
    }

    /**
     * The molecule itself when every bond has an order; otherwise a Kekulé copy (molecules read
     * with aromatic bonds of unset order), so that the caller's molecule is never changed.
     */
    private static IAtomContainer kekule(IAtomContainer mol) throws StructureException {
        boolean unset = false;
        for (IBond b : mol.bonds()) {
            if (b.getOrder() == null || b.getOrder() == IBond.Order.UNSET) {
                unset = true;
                break;
            }
        }
        if (!unset) {
            return mol;
        }
        try {
            IAtomContainer copy = mol.clone();
            Kekulization.kekulize(copy);
            return copy;
        } catch (CloneNotSupportedException | CDKException e) {
            throw new StructureException("aromatic system cannot be kekulized: " + e.getMessage(), e);
        }
    }

    private static int foldedInto(IAtomContainer mol, IAtom a) {
        if (a.getAtomicNumber() == null || a.getAtomicNumber() != 1) {
            return -1;
        }
        if (a.getMassNumber() != null || (a.getFormalCharge() != null && a.getFormalCharge() != 0)) {
            return -1;
        }
        java.util.List<IBond> bs = mol.getConnectedBondsList(a);
        if (bs.size() != 1) {
            return -1;
        }
        IAtom other = bs.get(0).getOther(a);
        if (other.getAtomicNumber() == null || other.getAtomicNumber() == 1) {
            return -1;
        }
        return mol.indexOf(other);
    }

    // bridges by iterative depth-first search (Tarjan low-link); non-bridges are ring bonds
    private void markRingBonds() {
        int n = atomCount;
        int[] order = new int[n];
        int[] low = new int[n];
        int[] parentBond = new int[n];
        int[] stack = new int[n];
        int[] next = new int[n];
        Arrays.fill(order, -1);
        int counter = 0;
        for (int root = 0; root < n; root++) {
            if (order[root] >= 0) {
                continue;
            }
            int sp = 0;
            stack[sp++] = root;
            order[root] = low[root] = counter++;
            parentBond[root] = -1;
            next[root] = 0;
            while (sp > 0) {
                int u = stack[sp - 1];
                if (next[u] < neighbors[u].length) {
                    int k = next[u]++;
                    int v = neighbors[u][k];
                    int b = neighborBonds[u][k];
                    if (b == parentBond[u]) {
                        continue;
                    }
                    if (order[v] < 0) {
                        order[v] = low[v] = counter++;
                        parentBond[v] = b;
                        next[v] = 0;
                        stack[sp++] = v;
                    } else if (order[v] < low[u]) {
                        low[u] = order[v];
                    }
                } else {
                    sp--;
                    if (sp > 0) {
                        int p = stack[sp - 1];
                        if (low[u] < low[p]) {
                            low[p] = low[u];
                        }
                        if (low[u] <= order[p]) {
                            ringBond[parentBond[u]] = true;
                        }
                    }
                }
            }
        }
        // back edges (not tree edges) are always on a cycle
        for (int b = 0; b < bondCount; b++) {
            int u = bondBegin[b];
            int v = bondEnd[b];
            if (parentBond[u] != b && parentBond[v] != b) {
                ringBond[b] = true;
            }
        }
        for (int b = 0; b < bondCount; b++) {
            if (ringBond[b]) {
                ringAtom[bondBegin[b]] = true;
                ringAtom[bondEnd[b]] = true;
            }
        }
    }

    private void perceiveAromaticity() throws StructureException {
        boolean anyRing = false;
        for (boolean r : ringBond) {
            anyRing |= r;
        }
        if (!anyRing) {
            return;
        }
        Set<IBond> aromatic;
        try {
            aromatic = DAYLIGHT.findBonds(mol);
        } catch (CDKException | RuntimeException e) {
            throw new StructureException("aromaticity could not be perceived: " + e.getMessage(), e);
        }
        if (aromatic.isEmpty()) {
            return;
        }
        for (int b = 0; b < bondCount; b++) {
            if (aromatic.contains(bonds[b])) {
                aromaticBond[b] = true;
                aromaticAtom[bondBegin[b]] = true;
                aromaticAtom[bondEnd[b]] = true;
            }
        }
    }

    /** The molecule this graph describes. */
    public IAtomContainer molecule() {
        return mol;
    }

    /** Number of atoms in the graph (folded hydrogens excluded). */
    public int atomCount() {
        return atomCount;
    }

    /** Number of bonds between graph atoms. */
    public int bondCount() {
        return bondCount;
    }

    /** The CDK atom of graph atom {@code i}. */
    public IAtom atom(int i) {
        return atoms[i];
    }

    /** The CDK bond of graph bond {@code b}. */
    public IBond bond(int b) {
        return bonds[b];
    }

    /** Graph index of a container atom index, or -1 when that atom is a folded hydrogen. */
    public int graphIndexOf(int containerAtomIndex) {
        return graphIndex[containerAtomIndex];
    }

    /** Graph index of a CDK atom of the molecule, or -1 when it is a folded hydrogen. */
    public int graphIndexOf(IAtom atom) {
        int i = mol.indexOf(atom);
        return i < 0 ? -1 : graphIndex[i];
    }

    /** Atomic number of graph atom {@code i}. */
    public int atomicNumber(int i) {
        return atoms[i].getAtomicNumber();
    }

    /** Formal charge of graph atom {@code i} (0 when unset). */
    public int charge(int i) {
        Integer c = atoms[i].getFormalCharge();
        return c == null ? 0 : c;
    }

    /** Hydrogens on graph atom {@code i}: implicit plus folded explicit ones. */
    public int hydrogenCount(int i) {
        return hydrogens[i];
    }

    /** Number of graph neighbours (heavy-atom degree). */
    public int degree(int i) {
        return neighbors[i].length;
    }

    /** The {@code k}-th neighbour of atom {@code i}. */
    public int neighbor(int i, int k) {
        return neighbors[i][k];
    }

    /** The bond to the {@code k}-th neighbour of atom {@code i}. */
    public int neighborBond(int i, int k) {
        return neighborBonds[i][k];
    }

    /** First atom of bond {@code b}. */
    public int bondBegin(int b) {
        return bondBegin[b];
    }

    /** Second atom of bond {@code b}. */
    public int bondEnd(int b) {
        return bondEnd[b];
    }

    /** The atom at the other end of bond {@code b} from atom {@code i}. */
    public int other(int b, int i) {
        return bondBegin[b] == i ? bondEnd[b] : bondBegin[b];
    }

    /**
     * Bond order of bond {@code b} as written in the Kekulé structure: 1, 2, 3, 4, or 0 when
     * unset or unusual.
     */
    public int kekuleOrder(int b) {
        IBond.Order o = bonds[b].getOrder();
        if (o == null) {
            return 0;
        }
        return switch (o) {
            case SINGLE -> 1;
            case DOUBLE -> 2;
            case TRIPLE -> 3;
            case QUADRUPLE -> 4;
            default -> 0;
        };
    }

    /** Whether bond {@code b} lies on a ring. */
    public boolean inRing(int b) {
        return ringBond[b];
    }

    /** Whether atom {@code i} has a ring bond. */
    public boolean atomInRing(int i) {
        return ringAtom[i];
    }

    /** Whether bond {@code b} is aromatic (Daylight model). */
    public boolean aromatic(int b) {
        return aromaticBond[b];
    }

    /** Whether atom {@code i} has an aromatic bond. */
    public boolean atomAromatic(int i) {
        return aromaticAtom[i];
    }
}
