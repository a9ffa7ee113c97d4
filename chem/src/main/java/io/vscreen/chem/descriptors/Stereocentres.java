package io.vscreen.chem.descriptors;

import org.openscience.cdk.graph.invariant.Canon;

/**
 * Counts tetrahedral stereocentres, assigned or not, as RDKit's
 * {@code FindMolChiralCenters(includeUnassigned=True)} does: a tetrahedral atom (four connections
 * with at most one hydrogen; three-connected sulfoxide/sulfonium S or Se; three-connected N in a
 * three-membered ring or at a bridgehead) whose neighbours are pairwise constitutionally different. Constitutional
 * equivalence is judged by graph symmetry classes (CDK {@link Canon#symmetry}), so ring atoms such
 * as the 1,4-carbons of a disubstituted cyclohexane (para-stereocentres) are not counted, like in
 * RDKit's legacy perception.
 */
final class Stereocentres {
    private Stereocentres() {
    }

    static int count(AtomTable t) {
        boolean any = false;
        boolean[] candidate = new boolean[t.n];
        for (int i = 0; i < t.n; i++) {
            candidate[i] = isTetrahedral(t, i);
            any |= candidate[i];
        }
        if (!any) {
            return 0;
        }
        long[] symmetry = Canon.symmetry(t.mol, t.nbr);
        int count = 0;
        for (int i = 0; i < t.n; i++) {
            if (candidate[i] && neighboursDistinct(t, i, symmetry)) {
                count++;
            }
        }
        return count;
    }

    private static boolean isTetrahedral(AtomTable t, int i) {
        int h = t.h[i];
        if (h > 1 || t.aromatic[i]) {
            return false;
        }
        int x = t.connections(i);
        int z = t.z[i];
        if (x == 4) {
            for (int o : t.order[i]) {
                if (o != 1) {
                    return z == 15 || z == 16 || z == 34; // P(=O), S(=O)(=O) with four different groups
                }
            }
            return true;
        }
        if (x == 3 && h == 0) {
            if ((z == 16 || z == 34) && ((t.valence(i) == 4 && t.charge[i] == 0) || (t.valence(i) == 3 && t.charge[i] == 1))) {
                return true;
            }
            return z == 7 && t.charge[i] == 0 && t.valence(i) == 3 && (t.inThreeRing(i) || isBridgehead(t, i));
        }
        return false;
    }

    /**
     * A bridgehead: the atom lies in two smallest rings that share more than two atoms (as in
     * quinuclidine or tropane), which locks a tertiary nitrogen's configuration.
     */
    private static boolean isBridgehead(AtomTable t, int i) {
        for (boolean ring : t.ringBond[i]) {
            if (!ring) {
                return false;
            }
        }
        if (t.nbr[i].length != 3) {
            return false;
        }
        int[][] rings = org.openscience.cdk.graph.Cycles.mcb(t.mol).paths();
        for (int a = 0; a < rings.length; a++) {
            if (!contains(rings[a], i)) {
                continue;
            }
            for (int b = a + 1; b < rings.length; b++) {
                if (contains(rings[b], i) && shared(rings[a], rings[b]) > 2) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Paths are closed (first atom repeated last); the repeat is ignored. */
    private static boolean contains(int[] path, int atom) {
        for (int k = 0; k < path.length - 1; k++) {
            if (path[k] == atom) {
                return true;
            }
        }
        return false;
    }

    private static int shared(int[] p, int[] q) {
        int n = 0;
        for (int k = 0; k < p.length - 1; k++) {
            if (contains(q, p[k])) {
                n++;
            }
        }
        return n;
    }

    private static boolean neighboursDistinct(AtomTable t, int i, long[] symmetry) {
        int[] ns = t.nbr[i];
        for (int a = 0; a < ns.length; a++) {
            for (int b = a + 1; b < ns.length; b++) {
                if (symmetry[ns[a]] == symmetry[ns[b]]) {
                    return false;
                }
            }
        }
        return true;
    }
}
