package io.vscreen.chem.descriptors;

/**
 * Rotatable bonds by RDKit's strict definition ({@code CalcNumRotatableBonds} with
 * {@code NumRotatableBondsOptions.Strict}, the SMARTS
 * {@code [!$(*#*)&!D1&!$(C(F)(F)F)&!$(C(Cl)(Cl)Cl)&!$(C(Br)(Br)Br)&!$(C([CH3])([CH3])[CH3])&!amide-like]-!@[!$(*#*)&!D1&...]}):
 * a non-ring single bond between two non-terminal heavy atoms, neither in a triple bond nor a
 * CF3, CCl3, CBr3 or tert-butyl centre; and not a bond of which both atoms are amide-like (the
 * carbonyl carbon and heteroatom of amides, esters, thioamides and amidines), so the C-N bond of
 * an amide is not counted while the bonds leading to it are.
 */
final class RotatableBonds {
    private RotatableBonds() {
    }

    static int count(AtomTable t) {
        int n = t.n;
        boolean[] eligible = new boolean[n];
        boolean[] amideLike = new boolean[n];
        for (int i = 0; i < n; i++) {
            eligible[i] = eligible(t, i);
        }
        for (int i = 0; i < n; i++) {
            amideLike[i] = eligible[i] && amideLike(t, i);
        }
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (!eligible[i]) {
                continue;
            }
            for (int k = 0; k < t.nbr[i].length; k++) {
                int j = t.nbr[i][k];
                if (j > i && eligible[j] && t.isBond(i, k, 1) && !t.ringBond[i][k]
                        && !(amideLike[i] && amideLike[j])) {
                    count++;
                }
            }
        }
        return count;
    }

    private static boolean eligible(AtomTable t, int i) {
        if (t.degree(i) <= 1) {
            return false;
        }
        int f = 0;
        int cl = 0;
        int br = 0;
        int methyl = 0;
        for (int k = 0; k < t.nbr[i].length; k++) {
            if (t.isBond(i, k, 3)) {
                return false;
            }
            int j = t.nbr[i][k];
            if (!t.isDefaultBond(i, k)) {
                continue;
            }
            switch (t.z[j]) {
                case 9 -> f++;
                case 17 -> cl++;
                case 35 -> br++;
                case 6 -> {
                    if (!t.aromatic[j] && t.h[j] == 3) {
                        methyl++;
                    }
                }
                default -> { }
            }
        }
        if (t.isAliphatic(i, 6) && (f >= 3 || cl >= 3 || br >= 3 || methyl >= 3)) {
            return false;
        }
        return true;
    }

    /** [CD3](=[N,O,S])-!@[#7,O,S!D1] or its reverse, or the amidinium forms with =[N+]. */
    private static boolean amideLike(AtomTable t, int i) {
        if (isCarbonylCarbon(t, i, false)) {
            for (int k = 0; k < t.nbr[i].length; k++) {
                if (t.isBond(i, k, 1) && !t.ringBond[i][k] && isAmideHetero(t, t.nbr[i][k])) {
                    return true;
                }
            }
        }
        if (isCarbonylCarbon(t, i, true)) {
            for (int k = 0; k < t.nbr[i].length; k++) {
                int j = t.nbr[i][k];
                if (t.isBond(i, k, 1) && !t.ringBond[i][k] && t.z[j] == 7 && t.degree(j) != 1) {
                    return true;
                }
            }
        }
        if (isAmideHetero(t, i)) {
            for (int k = 0; k < t.nbr[i].length; k++) {
                if (t.isBond(i, k, 1) && !t.ringBond[i][k] && isCarbonylCarbon(t, t.nbr[i][k], false)) {
                    return true;
                }
            }
        }
        if (t.z[i] == 7 && t.degree(i) != 1) {
            for (int k = 0; k < t.nbr[i].length; k++) {
                if (t.isBond(i, k, 1) && !t.ringBond[i][k] && isCarbonylCarbon(t, t.nbr[i][k], true)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** [#7,O,S!D1]: any nitrogen, aliphatic oxygen, or aliphatic sulfur that is not terminal. */
    private static boolean isAmideHetero(AtomTable t, int j) {
        return t.z[j] == 7 || t.isAliphatic(j, 8) || (t.isAliphatic(j, 16) && t.degree(j) != 1);
    }

    /** [CD3]=[N,O,S] (or [CD3]=[N+] when iminium). */
    private static boolean isCarbonylCarbon(AtomTable t, int c, boolean iminium) {
        if (!t.isAliphatic(c, 6) || t.degree(c) != 3) {
            return false;
        }
        for (int m = 0; m < t.nbr[c].length; m++) {
            int x = t.nbr[c][m];
            if (!t.isBond(c, m, 2) || t.aromatic[x]) {
                continue;
            }
            if (iminium) {
                if (t.z[x] == 7 && t.charge[x] == 1) {
                    return true;
                }
            } else if (t.z[x] == 7 || t.z[x] == 8 || t.z[x] == 16) {
                return true;
            }
        }
        return false;
    }
}
