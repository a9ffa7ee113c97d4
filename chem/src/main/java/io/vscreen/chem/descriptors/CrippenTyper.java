package io.vscreen.chem.descriptors;

/**
 * Assigns Wildman-Crippen atom types (C1..C27, CS, N1..N14, NS, O1..O12, OS, halogens, P, S1..S3,
 * Me1, Me2) and the types of the hydrogens on each atom (H1..H4, HS) by hand-written rules that
 * reproduce the SMARTS definitions of {@code crippen-logp.tsv} in their first-match order, as RDKit
 * does with its Crippen.txt. A hand-written classifier is an order of magnitude faster than
 * matching a hundred SMARTS per molecule.
 *
 * <p>SMARTS conventions reproduced: {@code C}, {@code N}, {@code O}, {@code S} are aliphatic atoms,
 * {@code a}/{@code c} aromatic; an unspecified bond is single or aromatic; {@code -} and {@code =}
 * are non-aromatic single and double bonds; {@code H} is the total hydrogen count and {@code X}
 * the total number of connections.
 */
final class CrippenTyper {
    private CrippenTyper() {
    }

    /** The heavy-atom type of atom i, or null for elements without a contribution. */
    static String heavyType(AtomTable t, int i) {
        return switch (t.z[i]) {
            case 6 -> t.aromatic[i] ? aromaticCarbon(t, i) : aliphaticCarbon(t, i);
            case 7 -> nitrogen(t, i);
            case 8 -> oxygen(t, i);
            case 9 -> t.charge[i] == 0 ? "F" : t.charge[i] < 0 ? "Hal" : null;
            case 17 -> t.charge[i] == 0 ? "Cl" : t.charge[i] < 0 ? "Hal" : null;
            case 35 -> t.charge[i] == 0 ? "Br" : t.charge[i] < 0 ? "Hal" : null;
            case 53 -> t.charge[i] == 0 ? "I" : "Hal";
            case 15 -> "P";
            case 16 -> sulfur(t, i);
            case 3, 11, 19, 37, 55 -> t.charge[i] > 0 ? "Hal" : "Me1";
            case 4, 12, 20, 38, 56, 5, 13, 31, 49, 81, 14, 32, 50, 82, 33, 51, 83, 34, 52, 84 -> "Me1";
            default -> isTransitionMetal(t.z[i]) ? "Me2" : null;
        };
    }

    private static boolean isTransitionMetal(int z) {
        return (z >= 21 && z <= 30) || (z >= 39 && z <= 48) || (z >= 72 && z <= 80);
    }

    /** The type of the hydrogens attached to heavy atom i (meaningful when it carries hydrogens). */
    static String hydrogenType(AtomTable t, int i) {
        int z = t.z[i];
        if (z == 6) {
            return "H1";
        }
        if (z == 8 && !t.aromatic[i]) {
            if (t.h[i] >= 2) {
                return "H2"; // water: [#1]O[#1]
            }
            for (int k = 0; k < t.nbr[i].length; k++) {
                int j = t.nbr[i][k];
                if (t.isDefaultBond(i, k) && t.z[j] == 6
                        && (t.aromatic[j] || t.connections(j) == 4)) {
                    return "H2"; // [#1]O[CX4,c]
                }
            }
            for (int j : t.nbr[i]) {
                if (!isAliphaticOf(t, j, 6, 8, 16) && t.z[j] != 7) {
                    return "H2"; // [#1]O[!C;!N;!O;!S] (RDKit: any nitrogen is excluded)
                }
            }
            for (int k = 0; k < t.nbr[i].length; k++) {
                int j = t.nbr[i][k];
                if (t.isDefaultBond(i, k) && t.z[j] == 7) {
                    return "H3"; // [#1]O[#7]
                }
            }
            for (int k = 0; k < t.nbr[i].length; k++) {
                int j = t.nbr[i][k];
                if (!t.isDefaultBond(i, k)) {
                    continue;
                }
                if (t.isAliphatic(j, 6)) {
                    for (int m = 0; m < t.nbr[j].length; m++) {
                        int x = t.nbr[j][m];
                        if (x != i && t.isBond(j, m, 2)
                                && (t.z[x] == 6 || t.z[x] == 7 || t.isAliphatic(x, 8) || t.isAliphatic(x, 16))) {
                            return "H4"; // [#1]OC=[#6,#7,O,S]
                        }
                    }
                }
                if (t.isAliphatic(j, 8) || t.isAliphatic(j, 16)) {
                    return "H4"; // [#1]O[O,S]
                }
            }
            return "HS";
        }
        if (z == 7) {
            return "H3"; // [#1][#7]; RDKit types the hydrogen of aromatic [nH] here too
        }
        if (z == 8) {
            return "HS";
        }
        return "H2"; // [#1][!C;!N;!O]: S, P, aromatic n, B, Si ...
    }

    private static boolean isAliphaticOf(AtomTable t, int j, int... elements) {
        if (t.aromatic[j]) {
            return false;
        }
        for (int e : elements) {
            if (t.z[j] == e) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHalogen(int z) {
        return z == 9 || z == 17 || z == 35 || z == 53;
    }

    /** [N,O,P,S,F,Cl,Br,I] in SMARTS: aliphatic N, O, P, S or any halogen. */
    private static boolean isCrippenHetero(AtomTable t, int j) {
        int z = t.z[j];
        return isHalogen(z) || (!t.aromatic[j] && (z == 7 || z == 8 || z == 15 || z == 16));
    }

    private static String aliphaticCarbon(AtomTable t, int i) {
        int h = t.h[i];
        int x = t.connections(i);
        int[] ns = t.nbr[i];
        int aliphC = 0;
        int aliphHeavy = 0;
        int hetero = 0;
        int aromNbr = 0;
        int aromC = 0;
        int dblAliphC = 0;
        boolean dblNonCarbonAliph = false;
        boolean dblAromatic = false;
        boolean tripAliph = false;
        boolean exotic = false;
        for (int k = 0; k < ns.length; k++) {
            int j = ns[k];
            if (t.isDefaultBond(i, k)) {
                if (t.aromatic[j]) {
                    aromNbr++;
                    if (t.z[j] == 6) {
                        aromC++;
                    }
                } else {
                    aliphHeavy++;
                    if (t.z[j] == 6) {
                        aliphC++;
                    }
                    int zj = t.z[j];
                    if (zj != 6 && zj != 7 && zj != 8 && zj != 15 && zj != 16 && !isHalogen(zj)) {
                        exotic = true;
                    }
                }
                if (isCrippenHetero(t, j)) {
                    hetero++;
                }
            } else if (t.isBond(i, k, 2)) {
                if (t.aromatic[j]) {
                    dblAromatic = true;
                } else if (t.z[j] == 6) {
                    dblAliphC++;
                } else {
                    dblNonCarbonAliph = true;
                }
            } else if (t.isBond(i, k, 3) && !t.aromatic[j]) {
                tripAliph = true;
            }
        }
        if (h == 4) {
            return "C1";
        }
        if ((h == 3 && aliphC >= 1) || (h == 2 && aliphC >= 2)) {
            return "C1";
        }
        if ((h == 1 && aliphC >= 3) || aliphC >= 4) {
            return "C2";
        }
        if (h == 3 && hetero >= 1) {
            return "C3";
        }
        if (h == 2 && x == 4 && hetero >= 1 && aliphHeavy >= 2) {
            return "C3";
        }
        if (x == 4 && hetero >= 1 && ((h == 1 && aliphHeavy >= 3) || (h == 0 && aliphHeavy >= 4))) {
            return "C4";
        }
        if (dblNonCarbonAliph) {
            return "C5";
        }
        if (dblAliphC >= 1) {
            if (h == 2 || (h == 1 && aliphHeavy >= 1) || (h == 0 && aliphHeavy >= 2) || dblAliphC >= 2) {
                return "C6";
            }
        }
        if (x == 2 && tripAliph) {
            return "C7";
        }
        if (h == 3 && aromC >= 1) {
            return "C8";
        }
        if (h == 3 && aromNbr >= 1) {
            return "C9";
        }
        if (x == 4 && aromNbr >= 1) {
            return h == 2 ? "C10" : h == 1 ? "C11" : h == 0 ? "C12" : "CS";
        }
        if (dblAliphC >= 1 && aromNbr >= 1 && (aliphHeavy >= 1 || (aromC >= 1 && aromNbr >= 2) || h == 1)) {
            return "C26";
        }
        if (dblAromatic) {
            return "C26";
        }
        if (x == 4 && exotic) {
            return "C27";
        }
        return "CS";
    }

    private static String aromaticCarbon(AtomTable t, int i) {
        int[] ns = t.nbr[i];
        int aromaticBonds = 0;
        boolean singleToExotic = false;
        int halogen = 0;
        boolean singleArom = false;
        boolean singleAliphC = false;
        boolean singleAliphN = false;
        boolean singleAliphO = false;
        boolean singleAliphS = false;
        boolean doubleCNO = false;
        for (int k = 0; k < ns.length; k++) {
            int j = ns[k];
            int zj = t.z[j];
            if (t.aromaticBond[i][k]) {
                if (t.aromatic[j]) {
                    aromaticBonds++;
                }
            } else if (t.order[i][k] == 1) {
                if (t.aromatic[j]) {
                    singleArom = true;
                } else {
                    if (zj == 6) {
                        singleAliphC = true;
                    } else if (zj == 7) {
                        singleAliphN = true;
                    } else if (zj == 8) {
                        singleAliphO = true;
                    } else if (zj == 16) {
                        singleAliphS = true;
                    } else if (!isHalogen(zj)) {
                        singleToExotic = true;
                    }
                }
            } else if (t.order[i][k] == 2 && !t.aromatic[j] && (zj == 6 || zj == 7 || zj == 8)) {
                doubleCNO = true;
            }
            if (t.isDefaultBond(i, k) && halogen == 0 && isHalogen(zj)) {
                halogen = zj;
            }
        }
        if (t.h[i] == 0 && singleToExotic) {
            return "C13";
        }
        switch (halogen) {
            case 9:
                return "C14";
            case 17:
                return "C15";
            case 35:
                return "C16";
            case 53:
                return "C17";
            default:
                break;
        }
        if (t.h[i] == 1) {
            return "C18";
        }
        if (aromaticBonds >= 3) {
            return "C19";
        }
        if (aromaticBonds >= 2) {
            if (singleArom) {
                return "C20";
            }
            if (singleAliphC) {
                return "C21";
            }
            if (singleAliphN) {
                return "C22";
            }
            if (singleAliphO) {
                return "C23";
            }
            if (singleAliphS) {
                return "C24";
            }
            if (doubleCNO) {
                return "C25";
            }
        }
        return "CS";
    }

    private static String nitrogen(AtomTable t, int i) {
        int q = t.charge[i];
        int h = t.h[i];
        if (t.aromatic[i]) {
            return q == 0 ? "N11" : q > 0 ? "N12" : "NS";
        }
        int[] ns = t.nbr[i];
        int aliphHeavy = 0; // default bond, aliphatic
        int aromHeavy = 0;  // default bond, aromatic
        int dbl = 0;
        int dblAliph = 0;
        boolean dblCarbon = false;
        boolean dblNitrogen = false;
        boolean dblNegN = false;
        boolean tripAliph = false;
        for (int k = 0; k < ns.length; k++) {
            int j = ns[k];
            if (t.isDefaultBond(i, k)) {
                if (t.aromatic[j]) {
                    aromHeavy++;
                } else {
                    aliphHeavy++;
                }
            } else if (t.isBond(i, k, 2)) {
                dbl++;
                if (!t.aromatic[j]) {
                    dblAliph++;
                }
                if (t.z[j] == 6) {
                    dblCarbon = true;
                }
                if (t.z[j] == 7) {
                    dblNitrogen = true;
                    if (!t.aromatic[j] && t.charge[j] < 0) {
                        dblNegN = true;
                    }
                }
            } else if (t.isBond(i, k, 3) && !t.aromatic[j]) {
                tripAliph = true;
            }
        }
        int heavyDefault = aliphHeavy + aromHeavy;
        if (q == 0) {
            if (h == 2 && aliphHeavy >= 1) {
                return "N1";
            }
            if (h == 1 && aliphHeavy >= 2) {
                return "N2";
            }
            if (h == 2 && aromHeavy >= 1) {
                return "N3";
            }
            if (h == 1 && aromHeavy >= 1 && heavyDefault >= 2) {
                return "N4";
            }
            if (h == 1 && dbl >= 1) {
                return "N5";
            }
            if (dbl >= 1 && heavyDefault >= 1) {
                return "N6";
            }
            if (aliphHeavy >= 3) {
                return "N7";
            }
            if ((aromHeavy >= 1 && aliphHeavy >= 1 && heavyDefault >= 3) || aromHeavy >= 3) {
                return "N8";
            }
            if (tripAliph) {
                return "N9";
            }
            return "NS";
        }
        if (q > 0 && q <= 3) {
            if (h >= 1 && h <= 3) {
                return "N10";
            }
            if (h == 0) {
                if (aliphHeavy >= 4) {
                    return "N13";
                }
                if (dblAliph >= 1 && aliphHeavy >= 1 && heavyDefault >= 2) {
                    return "N13";
                }
                if (dblCarbon && dblNitrogen) {
                    return "N13";
                }
            }
            if (tripAliph) {
                return "N14";
            }
            if (dblNegN && dbl >= 2) {
                return "N14";
            }
            return "NS";
        }
        if (q < 0) {
            return "N14";
        }
        return "NS";
    }

    private static String oxygen(AtomTable t, int i) {
        if (t.aromatic[i]) {
            return "O1";
        }
        int h = t.h[i];
        int q = t.charge[i];
        if (h == 1 || h == 2) {
            return "O2";
        }
        int[] ns = t.nbr[i];
        int aliphHeavy = 0;
        int aromHeavy = 0;
        for (int k = 0; k < ns.length; k++) {
            if (t.isDefaultBond(i, k)) {
                if (t.aromatic[ns[k]]) {
                    aromHeavy++;
                } else {
                    aliphHeavy++;
                }
            }
        }
        if (aliphHeavy >= 2) {
            return "O3";
        }
        if (aromHeavy >= 1 && aliphHeavy + aromHeavy >= 2) {
            return "O4";
        }
        int x = t.connections(i);
        // the double-bond partner, if any
        int dblPartner = -1;
        int singlePartner = -1;
        for (int k = 0; k < ns.length; k++) {
            if (t.isBond(i, k, 2)) {
                dblPartner = ns[k];
            } else if (t.isDefaultBond(i, k)) {
                singlePartner = ns[k];
            }
        }
        if (dblPartner >= 0 && (t.z[dblPartner] == 7 || t.z[dblPartner] == 8)) {
            return "O5";
        }
        if (x == 1 && q < 0 && singlePartner >= 0 && t.z[singlePartner] == 7) {
            return "O5";
        }
        if (x == 1 && q < 0 && singlePartner >= 0 && t.z[singlePartner] == 16) {
            return "O6";
        }
        if (q == 0 && dblPartner >= 0 && t.z[dblPartner] == 16 && t.charge[dblPartner] == 0) {
            return "O6";
        }
        if (q == -1 && singlePartner >= 0 && t.isAliphatic(singlePartner, 6)
                && hasDoubleToAliphaticOxygen(t, singlePartner, i)) {
            return "O12";
        }
        if (x == 1 && q < 0 && singlePartner >= 0
                && !t.isAliphatic(singlePartner, 7) && !t.isAliphatic(singlePartner, 16)) {
            return "O7";
        }
        if (dblPartner >= 0) {
            int c = dblPartner;
            if (t.z[c] == 6 && t.aromatic[c]) {
                return "O8";
            }
            if (t.isAliphatic(c, 6)) {
                return carbonylOxygen(t, c, i);
            }
        }
        return "OS";
    }

    private static boolean hasDoubleToAliphaticOxygen(AtomTable t, int c, int except) {
        for (int m = 0; m < t.nbr[c].length; m++) {
            int x = t.nbr[c][m];
            if (x != except && t.isBond(c, m, 2) && t.isAliphatic(x, 8)) {
                return true;
            }
        }
        return false;
    }

    /** O9, O10, O11 or OS for an oxygen double-bonded to aliphatic carbon c. */
    private static String carbonylOxygen(AtomTable t, int c, int o) {
        int ch = t.h[c];
        int aliphC = 0;
        int aliphHeavy = 0;
        int aromC = 0;
        int aromHeavy = 0;
        int nonCarbonHeavy = 0;
        boolean aliphNO = false;
        boolean otherDoubleO = false;
        for (int m = 0; m < t.nbr[c].length; m++) {
            int x = t.nbr[c][m];
            if (x == o) {
                continue;
            }
            if (t.isDefaultBond(c, m)) {
                if (t.aromatic[x]) {
                    aromHeavy++;
                    if (t.z[x] == 6) {
                        aromC++;
                    }
                } else {
                    aliphHeavy++;
                    if (t.z[x] == 6) {
                        aliphC++;
                    }
                    if (t.z[x] == 7 || t.z[x] == 8) {
                        aliphNO = true;
                    }
                }
                if (t.z[x] != 6) {
                    nonCarbonHeavy++;
                }
            } else if (t.isBond(c, m, 2) && t.isAliphatic(x, 8)) {
                otherDoubleO = true;
            }
        }
        if (ch == 1 && aliphC >= 1) {
            return "O9";
        }
        if (aliphC >= 1 && aliphHeavy >= 2) {
            return "O9";
        }
        if (ch == 1 && aliphNO) {
            return "O9";
        }
        if (ch == 2) {
            return "O9";
        }
        if (t.connections(c) == 2 && otherDoubleO) {
            return "O9";
        }
        if (ch == 1 && aromC >= 1) {
            return "O10";
        }
        // [O]=C([C,c])[a;!#1]: a carbon neighbour and a (different) aromatic neighbour
        if (aromHeavy >= 1 && (aliphC + aromC) >= 1 && (aliphC >= 1 || aromC >= 2 || aromHeavy >= 2)) {
            return "O10";
        }
        if (aromC >= 1 && aliphHeavy >= 1) {
            return "O10";
        }
        if (nonCarbonHeavy >= 2) {
            return "O11";
        }
        return "OS";
    }

    private static String sulfur(AtomTable t, int i) {
        if (t.aromatic[i]) {
            return "S3";
        }
        int q = t.charge[i];
        if (q != 0 && q != 4 && q >= -4 && q <= 6) {
            return "S2";
        }
        if (q == 0) {
            for (int k = 0; k < t.nbr[i].length; k++) {
                int j = t.nbr[i][k];
                if (t.isBond(i, k, 2) && !t.aromatic[j]
                        && (t.z[j] == 7 || t.z[j] == 8 || t.z[j] == 15 || t.z[j] == 16)) {
                    return "S2";
                }
            }
        }
        return "S1";
    }
}
