package io.vscreen.chem.fingerprints;

import io.vscreen.chem.graph.HeavyAtomGraph;

/**
 * Pharmacophoric atom typing for functional-class fingerprints (FCFP). An atom's initial FCFP
 * identifier is a hash of six flags, after the roles of Rogers &amp; Hahn's FCFP, with simple
 * rules on the hydrogen-suppressed graph:
 *
 * <table>
 *   <caption>Flags</caption>
 *   <tr><th>flag</th><th>rule</th></tr>
 *   <tr><td>donor</td><td>N or O (uncharged or cationic) or uncharged S carrying at least one H</td></tr>
 *   <tr><td>acceptor</td><td>O not cationic; aromatic N without H, uncharged, two ring neighbours
 *       (pyridine type); non-aromatic uncharged N that is not amide-, sulfonamide- or
 *       aniline-like (no neighbour with a double bond to O, N, S or P, no aromatic
 *       neighbour)</td></tr>
 *   <tr><td>aromatic</td><td>atom in an aromatic bond (Daylight model)</td></tr>
 *   <tr><td>halogen</td><td>F, Cl, Br, I</td></tr>
 *   <tr><td>basic</td><td>positive charge without a negatively charged neighbour (nitro and
 *       N-oxides excluded); uncharged sp3 amine N (all bonds single, not amide-like, no aromatic
 *       neighbour); imine N of an amidine or guanidine</td></tr>
 *   <tr><td>acidic</td><td>negative charge without a positively charged neighbour; the OH of a
 *       carboxylic, sulfonic, sulfinic or phosphonic acid (O-H on C, S or P that has a double
 *       bond to O)</td></tr>
 * </table>
 */
final class PharmacophoreTypes {

    static final int DONOR = 1;
    static final int ACCEPTOR = 2;
    static final int AROMATIC = 4;
    static final int HALOGEN = 8;
    static final int BASIC = 16;
    static final int ACIDIC = 32;

    private PharmacophoreTypes() {
    }

    /** The hashed FCFP initial identifier of atom {@code i}. */
    static int invariant(HeavyAtomGraph g, int i) {
        return Ecfp.finish(Ecfp.mix(0x7F4A7C15, flags(g, i)), 1);
    }

    /** The pharmacophoric flags of atom {@code i} (bit set of the constants above). */
    static int flags(HeavyAtomGraph g, int i) {
        int z = g.atomicNumber(i);
        int charge = g.charge(i);
        int h = g.hydrogenCount(i);
        boolean aromatic = g.atomAromatic(i);
        int f = 0;
        if (aromatic) {
            f |= AROMATIC;
        }
        if (z == 9 || z == 17 || z == 35 || z == 53) {
            f |= HALOGEN;
        }
        if (h > 0 && (((z == 7 || z == 8) && charge >= 0) || (z == 16 && charge == 0))) {
            f |= DONOR;
        }
        if (z == 8 && charge <= 0) {
            f |= ACCEPTOR;
        }
        if (z == 7 && charge == 0) {
            if (aromatic) {
                if (h == 0 && g.degree(i) == 2) {
                    f |= ACCEPTOR;
                }
            } else if (!amideLike(g, i) && !hasAromaticNeighbour(g, i)) {
                f |= ACCEPTOR;
                if (allSingle(g, i)) {
                    f |= BASIC;
                }
            }
            if (!aromatic && isAmidineImine(g, i)) {
                f |= BASIC;
            }
        }
        if (charge > 0 && !hasChargedNeighbour(g, i, -1)) {
            f |= BASIC;
        }
        if (charge < 0 && !hasChargedNeighbour(g, i, +1)) {
            f |= ACIDIC;
        }
        if (z == 8 && charge == 0 && h == 1 && g.degree(i) == 1) {
            int c = g.neighbor(i, 0);
            int zc = g.atomicNumber(c);
            if ((zc == 6 || zc == 15 || zc == 16) && hasDoubleTo(g, c, 8)) {
                f |= ACIDIC;
            }
        }
        return f;
    }

    private static boolean allSingle(HeavyAtomGraph g, int i) {
        for (int k = 0; k < g.degree(i); k++) {
            if (g.kekuleOrder(g.neighborBond(i, k)) != 1) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasAromaticNeighbour(HeavyAtomGraph g, int i) {
        for (int k = 0; k < g.degree(i); k++) {
            if (g.atomAromatic(g.neighbor(i, k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasChargedNeighbour(HeavyAtomGraph g, int i, int sign) {
        for (int k = 0; k < g.degree(i); k++) {
            if (Integer.signum(g.charge(g.neighbor(i, k))) == sign) {
                return true;
            }
        }
        return false;
    }

    /** Whether a neighbour of {@code i} has a double bond to O, N, S or P (other than to i). */
    private static boolean amideLike(HeavyAtomGraph g, int i) {
        for (int k = 0; k < g.degree(i); k++) {
            if (g.kekuleOrder(g.neighborBond(i, k)) != 1) {
                continue;
            }
            int c = g.neighbor(i, k);
            for (int m = 0; m < g.degree(c); m++) {
                int x = g.neighbor(c, m);
                int zx = g.atomicNumber(x);
                if (x != i && g.kekuleOrder(g.neighborBond(c, m)) == 2 && !g.aromatic(g.neighborBond(c, m))
                        && (zx == 8 || zx == 7 || zx == 16 || zx == 15)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasDoubleTo(HeavyAtomGraph g, int c, int z) {
        for (int m = 0; m < g.degree(c); m++) {
            if (g.kekuleOrder(g.neighborBond(c, m)) == 2 && g.atomicNumber(g.neighbor(c, m)) == z) {
                return true;
            }
        }
        return false;
    }

    /** N=C(N)... : the doubly bonded N of an amidine or guanidine (the carbon not aromatic). */
    private static boolean isAmidineImine(HeavyAtomGraph g, int i) {
        for (int k = 0; k < g.degree(i); k++) {
            int b = g.neighborBond(i, k);
            int c = g.neighbor(i, k);
            if (g.kekuleOrder(b) != 2 || g.aromatic(b) || g.atomicNumber(c) != 6) {
                continue;
            }
            for (int m = 0; m < g.degree(c); m++) {
                int x = g.neighbor(c, m);
                if (x != i && g.atomicNumber(x) == 7 && g.kekuleOrder(g.neighborBond(c, m)) == 1
                        && !g.atomAromatic(x)) {
                    return true;
                }
            }
        }
        return false;
    }
}
