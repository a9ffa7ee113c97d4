package io.vscreen.chem.graph;

import org.openscience.cdk.tools.periodictable.PeriodicTable;

/**
 * Lone pairs, hybridization and bond conjugation derived from the Kekulé bonds and perceived
 * aromaticity of a {@link HeavyAtomGraph}, with the conventions RDKit uses (so that features match
 * what D-MPNN literature trained on):
 *
 * <ul>
 *   <li>lone pairs = (valence electrons of the element - formal charge - total bond order
 *       including hydrogens) / 2, at least 0;</li>
 *   <li>a bond is conjugated when it is aromatic, or when at an sp/sp2 atom a multiple bond meets a
 *       second bond whose far atom is an unsaturated sp/sp2 atom or an N or O with a lone pair (or
 *       the second bond is itself multiple); then both bonds are conjugated. Halogens and sulfonyl
 *       or phosphoryl centres (unsaturated but sp3) do not conjugate.</li>
 *   <li>hybridization from the number of electron domains {@code n = neighbours + hydrogens + lone
 *       pairs}: 2 sp, 3 sp2, 4 sp3 (sp2 when the atom has a lone pair and a conjugated bond, as in
 *       amides, phenols and pyrrole), 5 sp3d, 6 sp3d2; anything else (lone ions, transition
 *       metals) other.</li>
 * </ul>
 */
final class PiSystems {

    static final int SP = 0;
    static final int SP2 = 1;
    static final int SP3 = 2;
    static final int SP3D = 3;
    static final int SP3D2 = 4;
    static final int OTHER = 5;

    private final int[] lonePairs;
    private final boolean[] conjugated;
    private final int[] hybridization;

    PiSystems(HeavyAtomGraph g) {
        int n = g.atomCount();
        int nb = g.bondCount();
        lonePairs = new int[n];
        boolean[] unsaturated = new boolean[n];
        int[] domains = new int[n];
        for (int i = 0; i < n; i++) {
            int valence = g.hydrogenCount(i);
            for (int k = 0; k < g.degree(i); k++) {
                int b = g.neighborBond(i, k);
                valence += g.kekuleOrder(b);
                if (g.kekuleOrder(b) >= 2 || g.aromatic(b)) {
                    unsaturated[i] = true;
                }
            }
            int outer = valenceElectrons(g.atomicNumber(i));
            lonePairs[i] = outer < 0 ? 0 : Math.max(0, (outer - g.charge(i) - valence) / 2);
            domains[i] = outer < 0 ? -1 : g.degree(i) + g.hydrogenCount(i) + lonePairs[i];
        }
        conjugated = new boolean[nb];
        for (int b = 0; b < nb; b++) {
            if (g.aromatic(b)) {
                conjugated[b] = true;
            }
        }
        for (int a = 0; a < n; a++) {
            if (!unsaturated[a] || domains[a] > 3 || domains[a] < 0) {
                continue;
            }
            int d = g.degree(a);
            for (int k1 = 0; k1 < d; k1++) {
                int b1 = g.neighborBond(a, k1);
                if (!multiple(g, b1)) {
                    continue;
                }
                for (int k2 = 0; k2 < d; k2++) {
                    if (k2 == k1) {
                        continue;
                    }
                    int b2 = g.neighborBond(a, k2);
                    int w = g.neighbor(a, k2);
                    int zw = g.atomicNumber(w);
                    boolean planarPi = unsaturated[w] && domains[w] >= 0 && domains[w] <= 3;
                    if (multiple(g, b2) || planarPi || ((zw == 7 || zw == 8) && lonePairs[w] > 0)) {
                        conjugated[b1] = true;
                        conjugated[b2] = true;
                    }
                }
            }
        }
        hybridization = new int[n];
        for (int i = 0; i < n; i++) {
            hybridization[i] = switch (domains[i]) {
                case 2 -> SP;
                case 3 -> SP2;
                case 4 -> lonePairs[i] > 0 && hasConjugatedBond(g, i) ? SP2 : SP3;
                case 5 -> SP3D;
                case 6 -> SP3D2;
                default -> OTHER;
            };
        }
    }

    private static boolean multiple(HeavyAtomGraph g, int b) {
        return g.aromatic(b) || g.kekuleOrder(b) >= 2;
    }

    private boolean hasConjugatedBond(HeavyAtomGraph g, int i) {
        for (int k = 0; k < g.degree(i); k++) {
            if (conjugated[g.neighborBond(i, k)]) {
                return true;
            }
        }
        return false;
    }

    /** Valence-shell electrons of a main-group element, -1 for others (transition metals...). */
    static int valenceElectrons(int atomicNumber) {
        if (atomicNumber == 1) {
            return 1;
        }
        if (atomicNumber == 2) {
            return 2;
        }
        Integer group = PeriodicTable.getGroup(PeriodicTable.getSymbol(atomicNumber));
        if (group == null) {
            return -1;
        }
        if (group <= 2) {
            return group;
        }
        if (group >= 13) {
            return group - 10;
        }
        return -1;
    }

    int lonePairs(int atom) {
        return lonePairs[atom];
    }

    boolean conjugated(int bond) {
        return conjugated[bond];
    }

    int hybridization(int atom) {
        return hybridization[atom];
    }
}
