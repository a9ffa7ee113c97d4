package io.vscreen.chem.descriptors;

/**
 * Topological polar surface area (Ertl, Rohde and Selzer, J. Med. Chem. 2000, 43, 3714): the sum
 * of tabulated surface contributions of nitrogen and oxygen atoms by their environment (hydrogen
 * count, charge, single/double/triple/aromatic bonds, three-membered ring). Sulfur and phosphorus
 * are not counted, as in the original paper and RDKit's default {@code TPSA}. Environments outside
 * the table get RDKit's estimate {@code 30.5 - 8.2 * neighbours + 1.5 * H} for N and
 * {@code 28.5 - 8.6 * neighbours + 1.5 * H} for O (never below zero).
 */
final class PolarSurfaceArea {
    private PolarSurfaceArea() {
    }

    static double tpsa(AtomTable t) {
        double sum = 0;
        for (int i = 0; i < t.n; i++) {
            int z = t.z[i];
            if (z == 7 || z == 8) {
                sum += contribution(t, i);
            }
        }
        return sum;
    }

    static double contribution(AtomTable t, int i) {
        int nSingle = 0;
        int nDouble = 0;
        int nTriple = 0;
        int nArom = 0;
        for (int k = 0; k < t.nbr[i].length; k++) {
            if (t.aromaticBond[i][k]) {
                nArom++;
            } else {
                switch (t.order[i][k]) {
                    case 1 -> nSingle++;
                    case 2 -> nDouble++;
                    case 3 -> nTriple++;
                    default -> { }
                }
            }
        }
        int nbrs = t.nbr[i].length;
        int h = t.h[i];
        int q = t.charge[i];
        double v = -1;
        if (t.z[i] == 7) {
            switch (nbrs) {
                case 1 -> {
                    if (h == 0 && q == 0 && nTriple == 1) {
                        v = 23.79;
                    } else if (h == 1 && q == 0 && nDouble == 1) {
                        v = 23.85;
                    } else if (h == 2 && q == 0 && nSingle == 1) {
                        v = 26.02;
                    } else if (h == 2 && q == 1 && nDouble == 1) {
                        v = 25.59;
                    } else if (h == 3 && q == 1 && nSingle == 1) {
                        v = 27.64;
                    }
                }
                case 2 -> {
                    if (h == 0 && q == 0 && nSingle == 1 && nDouble == 1) {
                        v = 12.36;
                    } else if (h == 0 && q == 0 && nTriple == 1 && nDouble == 1) {
                        v = 13.60;
                    } else if (h == 1 && q == 0 && nSingle == 2) {
                        v = t.inThreeRing(i) ? 21.94 : 12.03;
                    } else if (h == 0 && q == 1 && nTriple == 1 && nSingle == 1) {
                        v = 4.36;
                    } else if (h == 1 && q == 1 && nDouble == 1 && nSingle == 1) {
                        v = 13.97;
                    } else if (h == 2 && q == 1 && nSingle == 2) {
                        v = 16.61;
                    } else if (h == 0 && q == 0 && nArom == 2) {
                        v = 12.89;
                    } else if (h == 1 && q == 0 && nArom == 2) {
                        v = 15.79;
                    } else if (h == 1 && q == 1 && nArom == 2) {
                        v = 14.14;
                    }
                }
                case 3 -> {
                    if (h == 0 && q == 0 && nSingle == 3) {
                        v = t.inThreeRing(i) ? 3.01 : 3.24;
                    } else if (h == 0 && q == 0 && nSingle == 1 && nDouble == 2) {
                        v = 11.68;
                    } else if (h == 0 && q == 1 && nSingle == 2 && nDouble == 1) {
                        v = 3.01;
                    } else if (h == 1 && q == 1 && nSingle == 3) {
                        v = 4.44;
                    } else if (h == 0 && q == 0 && nArom == 3) {
                        v = 4.41;
                    } else if (h == 0 && q == 0 && nSingle == 1 && nArom == 2) {
                        v = 4.93;
                    } else if (h == 0 && q == 0 && nDouble == 1 && nArom == 2) {
                        v = 8.39;
                    } else if (h == 0 && q == 1 && nArom == 3) {
                        v = 4.10;
                    } else if (h == 0 && q == 1 && nSingle == 1 && nArom == 2) {
                        v = 3.88;
                    }
                }
                case 4 -> {
                    if (h == 0 && nSingle == 4 && q == 1) {
                        v = 0.0;
                    }
                }
                default -> { }
            }
            if (v < 0) {
                v = Math.max(0, 30.5 - nbrs * 8.2 + h * 1.5);
            }
        } else {
            switch (nbrs) {
                case 1 -> {
                    if (h == 0 && q == 0 && nDouble == 1) {
                        v = 17.07;
                    } else if (h == 1 && q == 0 && nSingle == 1) {
                        v = 20.23;
                    } else if (h == 0 && q == -1 && nSingle == 1) {
                        v = 23.06;
                    }
                }
                case 2 -> {
                    if (h == 0 && q == 0 && nSingle == 2) {
                        v = t.inThreeRing(i) ? 12.53 : 9.23;
                    } else if (h == 0 && q == 0 && nArom == 2) {
                        v = 13.14;
                    }
                }
                default -> { }
            }
            if (v < 0) {
                v = Math.max(0, 28.5 - nbrs * 8.6 + h * 1.5);
            }
        }
        return v;
    }
}
