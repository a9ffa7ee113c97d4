package io.vscreen.chem.alerts;

import java.util.Arrays;

import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;

/**
 * Depth-first subgraph search of {@link QueryPlan}s in one molecule: is there a one-to-one map of
 * query atoms onto molecule atoms such that every query atom matches its image and every query
 * bond matches the molecule bond between the images? The same question CDK's {@code DfPattern}
 * answers (alert queries carry no stereo or component grouping), without its per-call set-up:
 * the molecule's adjacency is laid out once in {@link #setMolecule} and shared by all patterns.
 * Not thread-safe: one per {@link AlertMatcher}.
 */
final class SubstructureSearch {
    private int atomCount;
    private IAtom[] atoms = new IAtom[64];
    private int[] degree = new int[64];
    private int[][] nbrs = new int[64][6];
    private IBond[][] bonds = new IBond[64][6];
    /** The {@link BondClass} of each entry of {@code bonds}. */
    private int[][] bondClasses = new int[64][6];
    private boolean[] used = new boolean[64];
    private int[] map = new int[64];
    private int[] atomClass = new int[64];
    /** Remembered results of costly (recursive) atom tests: stamp per (query atom, molecule atom). */
    private int[] memoStamp = new int[256];
    private boolean[] memoValue = new boolean[256];
    private int stamp;

    /**
     * Lays out {@code molecule}'s atoms and bonds for the searches that follow; {@code classes}
     * holds each atom's {@link AtomClass} (from the {@link MoleculeProfile}).
     */
    void setMolecule(IAtomContainer molecule, int[] classes) {
        atomCount = molecule.getAtomCount();
        if (atoms.length < atomCount) {
            int n = Math.max(atomCount, 2 * atoms.length);
            atoms = new IAtom[n];
            degree = new int[n];
            nbrs = Arrays.copyOf(nbrs, n);
            bonds = Arrays.copyOf(bonds, n);
            bondClasses = Arrays.copyOf(bondClasses, n);
            used = new boolean[n];
            atomClass = new int[n];
        }
        System.arraycopy(classes, 0, atomClass, 0, atomCount);
        for (int i = 0; i < atomCount; i++) {
            atoms[i] = molecule.getAtom(i);
            degree[i] = 0;
            if (nbrs[i] == null) {
                nbrs[i] = new int[6];
                bonds[i] = new IBond[6];
                bondClasses[i] = new int[6];
            }
        }
        for (IBond bond : molecule.bonds()) {
            int cls = BondClass.of(bond);
            add(molecule.indexOf(bond.getBegin()), molecule.indexOf(bond.getEnd()), bond, cls);
            add(molecule.indexOf(bond.getEnd()), molecule.indexOf(bond.getBegin()), bond, cls);
        }
        Arrays.fill(used, 0, atomCount, false);
    }

    private void add(int from, int to, IBond bond, int cls) {
        int d = degree[from];
        if (d == nbrs[from].length) {
            nbrs[from] = Arrays.copyOf(nbrs[from], 2 * d);
            bonds[from] = Arrays.copyOf(bonds[from], 2 * d);
            bondClasses[from] = Arrays.copyOf(bondClasses[from], 2 * d);
        }
        nbrs[from][d] = to;
        bonds[from][d] = bond;
        bondClasses[from][d] = cls;
        degree[from] = d + 1;
    }

    /** True if {@code plan} occurs in the current molecule. */
    boolean matches(QueryPlan plan) {
        if (plan.size > atomCount) {
            return false;
        }
        if (map.length < plan.size) {
            map = new int[Math.max(plan.size, 2 * map.length)];
        }
        int cells = plan.size * atomCount;
        if (memoStamp.length < cells) {
            memoStamp = new int[Math.max(cells, 2 * memoStamp.length)];
            memoValue = new boolean[memoStamp.length];
            stamp = 0;
        }
        if (++stamp == Integer.MAX_VALUE) {
            java.util.Arrays.fill(memoStamp, 0);
            stamp = 1;
        }
        return plan.size == 0 || extend(plan, 0);
    }

    /**
     * The molecule atoms of the occurrence the last successful {@link #matches} found, one per
     * query atom (in search order), sorted ascending.
     */
    int[] matchedAtoms(QueryPlan plan) {
        int[] atoms = Arrays.copyOf(map, plan.size);
        Arrays.sort(atoms);
        return atoms;
    }

    private boolean extend(QueryPlan plan, int k) {
        if (k == plan.size) {
            return true;
        }
        int parent = plan.parent[k];
        if (parent < 0) {
            for (int a = 0; a < atomCount; a++) {
                if (place(plan, k, a)) {
                    return true;
                }
            }
            return false;
        }
        int from = map[parent];
        int[] n = nbrs[from];
        IBond[] b = bonds[from];
        int[] bc = bondClasses[from];
        QueryPlan.Bond bond = plan.parentBond[k];
        for (int j = 0, d = degree[from]; j < d; j++) {
            int a = n[j];
            if (!used[a] && bond.matches(b[j], bc[j]) && place(plan, k, a)) {
                return true;
            }
        }
        return false;
    }

    private boolean place(QueryPlan plan, int k, int a) {
        if (used[a] || !atomMatches(plan, k, a)) {
            return false;
        }
        int[] closures = plan.closureAtoms[k];
        for (int c = 0; c < closures.length; c++) {
            int j = neighbourIndex(a, map[closures[c]]);
            if (j < 0 || !plan.closureBonds[k][c].matches(bonds[a][j], bondClasses[a][j])) {
                return false;
            }
        }
        map[k] = a;
        used[a] = true;
        boolean found = extend(plan, k + 1);
        used[a] = false;
        return found;
    }

    /**
     * Whether query atom {@code k} matches molecule atom {@code a}: cheap class tests (the class
     * may rule the atom out or in), then the expression.
     */
    private boolean atomMatches(QueryPlan plan, int k, int a) {
        int c = atomClass[a];
        long bit = 1L << (c & 63);
        if ((plan.possibleClasses[k][c >>> 6] & bit) == 0) {
            return false;
        }
        if ((plan.certainClasses[k][c >>> 6] & bit) != 0) {
            return true;
        }
        if (!plan.recursive[k]) {
            return plan.atoms[k].matches(atoms[a]);
        }
        int cell = k * atomCount + a;
        if (memoStamp[cell] == stamp) {
            return memoValue[cell];
        }
        boolean result = hasFittingBonds(plan.bondsOf[k], a) && plan.atoms[k].matches(atoms[a]);
        memoStamp[cell] = stamp;
        memoValue[cell] = result;
        return result;
    }

    /** Every query bond of the atom has at least one molecule bond of {@code a} it matches. */
    private boolean hasFittingBonds(QueryPlan.Bond[] queryBonds, int a) {
        IBond[] b = bonds[a];
        int[] bc = bondClasses[a];
        int d = degree[a];
        outer:
        for (QueryPlan.Bond q : queryBonds) {
            for (int j = 0; j < d; j++) {
                if (q.matches(b[j], bc[j])) {
                    continue outer;
                }
            }
            return false;
        }
        return true;
    }

    /** The position of {@code b} among the neighbours of {@code a}, or -1. */
    private int neighbourIndex(int a, int b) {
        int[] n = nbrs[a];
        for (int j = 0, d = degree[a]; j < d; j++) {
            if (n[j] == b) {
                return j;
            }
        }
        return -1;
    }

    /** Releases the molecule (keeps the buffers). */
    void clear() {
        Arrays.fill(atoms, 0, atomCount, null);
        for (int i = 0; i < atomCount; i++) {
            Arrays.fill(bonds[i], null);
        }
        atomCount = 0;
    }
}
