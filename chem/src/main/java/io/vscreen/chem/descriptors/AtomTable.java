package io.vscreen.chem.descriptors;

import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;

/**
 * A read-only snapshot of a hydrogen-suppressed molecule in flat arrays (elements, charges,
 * hydrogen counts, aromatic flags, neighbour lists with bond orders, ring bonds), so that the
 * descriptor rules run without CDK look-ups in their inner loops. Aromatic bonds keep their Kekulé
 * order in {@link #order} and are flagged in {@link #aromaticBond}.
 */
final class AtomTable {
    final IAtomContainer mol;
    final int n;
    final int bondCount;
    final int[] z;
    final int[] charge;
    final int[] h;
    final int[] massNumber;
    final boolean[] aromatic;
    /** Heavy-atom neighbours of each atom. */
    final int[][] nbr;
    /** Bond order (1, 2, 3; 1 for unset) to each neighbour, parallel to {@link #nbr}. */
    final int[][] order;
    final boolean[][] aromaticBond;
    final boolean[][] ringBond;
    final boolean[] ringAtom;
    final int components;

    AtomTable(IAtomContainer mol) {
        this.mol = mol;
        n = mol.getAtomCount();
        bondCount = mol.getBondCount();
        z = new int[n];
        charge = new int[n];
        h = new int[n];
        massNumber = new int[n];
        aromatic = new boolean[n];
        int[] deg = new int[n];
        for (int i = 0; i < n; i++) {
            IAtom a = mol.getAtom(i);
            Integer zz = a.getAtomicNumber();
            z[i] = zz == null ? 0 : zz;
            Integer q = a.getFormalCharge();
            charge[i] = q == null ? 0 : q;
            Integer hh = a.getImplicitHydrogenCount();
            h[i] = hh == null ? 0 : hh;
            Integer mn = a.getMassNumber();
            massNumber[i] = mn == null ? 0 : mn;
            aromatic[i] = a.isAromatic();
        }
        for (IBond b : mol.bonds()) {
            deg[b.getBegin().getIndex()]++;
            deg[b.getEnd().getIndex()]++;
        }
        nbr = new int[n][];
        order = new int[n][];
        aromaticBond = new boolean[n][];
        ringBond = new boolean[n][];
        for (int i = 0; i < n; i++) {
            nbr[i] = new int[deg[i]];
            order[i] = new int[deg[i]];
            aromaticBond[i] = new boolean[deg[i]];
            ringBond[i] = new boolean[deg[i]];
            deg[i] = 0;
        }
        for (IBond b : mol.bonds()) {
            int u = b.getBegin().getIndex();
            int v = b.getEnd().getIndex();
            int o = switch (b.getOrder() == null ? IBond.Order.UNSET : b.getOrder()) {
                case DOUBLE -> 2;
                case TRIPLE -> 3;
                case QUADRUPLE -> 4;
                default -> 1;
            };
            boolean ar = b.isAromatic();
            nbr[u][deg[u]] = v;
            order[u][deg[u]] = o;
            aromaticBond[u][deg[u]++] = ar;
            nbr[v][deg[v]] = u;
            order[v][deg[v]] = o;
            aromaticBond[v][deg[v]++] = ar;
        }
        ringAtom = new boolean[n];
        components = markRingBonds();
    }

    int degree(int i) {
        return nbr[i].length;
    }

    /** Total connections including implicit hydrogens (SMARTS X). */
    int connections(int i) {
        return nbr[i].length + h[i];
    }

    /** Sum of bond orders plus hydrogens (SMARTS v; aromatic bonds by their Kekulé order). */
    int valence(int i) {
        int v = h[i];
        for (int o : order[i]) {
            v += o;
        }
        return v;
    }

    boolean isAliphatic(int i, int element) {
        return z[i] == element && !aromatic[i];
    }

    /** Single or aromatic bond: what an unspecified SMARTS bond matches. */
    boolean isDefaultBond(int i, int k) {
        return aromaticBond[i][k] || order[i][k] == 1;
    }

    /** A non-aromatic bond of the given order. */
    boolean isBond(int i, int k, int bondOrder) {
        return !aromaticBond[i][k] && order[i][k] == bondOrder;
    }

    /** Whether atom i has a non-aromatic double bond to an atom satisfying z == element and aromaticity. */
    boolean hasDoubleTo(int i, int element, boolean aromaticPartner) {
        for (int k = 0; k < nbr[i].length; k++) {
            int j = nbr[i][k];
            if (isBond(i, k, 2) && z[j] == element && aromatic[j] == aromaticPartner) {
                return true;
            }
        }
        return false;
    }

    /** Whether atom i is in a three-membered ring. */
    boolean inThreeRing(int i) {
        int[] ns = nbr[i];
        for (int a = 0; a < ns.length; a++) {
            for (int b = a + 1; b < ns.length; b++) {
                for (int x : nbr[ns[a]]) {
                    if (x == ns[b]) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Number of rings as RDKit counts them (its symmetrized SSSR): the cyclomatic number, except
     * for bridged systems (an atom with three or more ring bonds outside a simple fusion), where the
     * relevant cycles are counted so that, e.g., quinuclidine has three rings and adamantane four.
     */
    int ringCount() {
        int cyclomatic = bondCount - n + components;
        if (cyclomatic < 2 || !hasBranchedRingAtom()) {
            return cyclomatic;
        }
        try {
            return Math.max(cyclomatic, org.openscience.cdk.graph.Cycles.relevant(mol).numberOfCycles());
        } catch (RuntimeException e) {
            return cyclomatic;
        }
    }

    private boolean hasBranchedRingAtom() {
        for (int i = 0; i < n; i++) {
            int ringBonds = 0;
            for (boolean r : ringBond[i]) {
                if (r) {
                    ringBonds++;
                }
            }
            if (ringBonds >= 3) {
                return true;
            }
        }
        return false;
    }

    /** Marks bridges by Tarjan's low-link; every other bond is a ring bond. Returns the component count. */
    private int markRingBonds() {
        int[] disc = new int[n];
        int[] low = new int[n];
        int[] parentEdge = new int[n];
        int[] stack = new int[n];
        int[] iter = new int[n];
        int time = 0;
        int comps = 0;
        for (int s = 0; s < n; s++) {
            if (disc[s] != 0) {
                continue;
            }
            comps++;
            int sp = 0;
            stack[sp++] = s;
            disc[s] = low[s] = ++time;
            parentEdge[s] = -1;
            iter[s] = 0;
            while (sp > 0) {
                int u = stack[sp - 1];
                if (iter[u] < nbr[u].length) {
                    int k = iter[u]++;
                    int v = nbr[u][k];
                    if (disc[v] == 0) {
                        disc[v] = low[v] = ++time;
                        parentEdge[v] = u;
                        iter[v] = 0;
                        stack[sp++] = v;
                    } else if (v != parentEdge[u] || countBonds(u, v) > 1) {
                        low[u] = Math.min(low[u], disc[v]);
                    }
                } else {
                    sp--;
                    int p = parentEdge[u];
                    if (p >= 0) {
                        low[p] = Math.min(low[p], low[u]);
                    }
                }
            }
        }
        for (int u = 0; u < n; u++) {
            for (int k = 0; k < nbr[u].length; k++) {
                int v = nbr[u][k];
                // the tree edge p-u is a bridge iff low[u] > disc[p] (and symmetrically)
                boolean bridge = (parentEdge[v] == u && low[v] > disc[u])
                        || (parentEdge[u] == v && low[u] > disc[v]);
                ringBond[u][k] = !bridge;
                if (!bridge) {
                    ringAtom[u] = true;
                }
            }
        }
        return comps;
    }

    private int countBonds(int u, int v) {
        int c = 0;
        for (int x : nbr[u]) {
            if (x == v) {
                c++;
            }
        }
        return c;
    }
}
