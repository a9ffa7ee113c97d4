package io.vscreen.chem.descriptors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.openscience.cdk.interfaces.IAtomContainer;

import io.vscreen.chem.alerts.Alert;
import io.vscreen.chem.alerts.AlertCatalog;
import io.vscreen.chem.alerts.AlertMatcher;

/**
 * Quantitative estimate of drug-likeness (Bickerton, Paolini, Besnard, Muresan and Hopkins,
 * Nat. Chem. 2012, 4, 90): the weighted geometric mean of eight desirability functions (asymmetric
 * double sigmoids with the published parameters) of MW, ALOGP, HBA, HBD, PSA, ROTB, AROM and the
 * number of unwanted-substructure alerts, with the mean weights (QED<sub>w,mo</sub>), as
 * RDKit's {@code QED.qed}. The property definitions follow RDKit's implementation: Crippen logP,
 * TPSA, strict rotatable bonds, acceptors by the QED acceptor SMARTS, donors by RDKit's
 * {@code NumHDonors}, aromatic rings counted after deleting aliphatic ring atoms bonded to
 * non-aromatic atoms, and the 116 alerts of {@code qed-alerts.smarts}.
 *
 * <p>The alerts are matched by the structural-alert search of {@code io.vscreen.chem.alerts} (an
 * {@link AlertCatalog} of rule set {@code qed}), whose pre-screen skips most patterns before any
 * subgraph match. Holds a matcher: one instance per thread.
 */
final class Qed {
    private static final double[] WEIGHTS = {0.66, 0.46, 0.05, 0.61, 0.06, 0.65, 0.48, 0.95};

    /** ADS parameters A, B, C, D, E, F, DMAX for MW, ALOGP, HBA, HBD, PSA, ROTB, AROM, ALERTS. */
    private static final double[][] ADS = {
        {2.817065973, 392.5754953, 290.7489764, 2.419764353, 49.22325677, 65.37051707, 104.9805561},
        {3.172690585, 137.8624751, 2.534937431, 4.581497897, 0.822739154, 0.576295591, 131.3186604},
        {2.948620388, 160.4605972, 3.615294657, 4.435986202, 0.290141953, 1.300669958, 148.7763046},
        {1.618662227, 1010.051101, 0.985094388, 0.000000001, 0.713820843, 0.920922555, 258.1632616},
        {1.876861559, 125.2232657, 62.90773554, 87.83366614, 12.01999824, 28.51324732, 104.5686167},
        {0.010000000, 272.4121427, 2.558379970, 1.565547684, 1.271567166, 2.758063707, 105.4420403},
        {3.217788970, 957.7374108, 2.274627939, 0.000000001, 1.317690384, 0.375760881, 312.3372610},
        {0.010000000, 1199.094025, -0.09002883, 0.000000001, 0.185904477, 0.875193782, 417.7253140},
    };

    private static final java.util.regex.Pattern RING_MEMBERSHIP =
            java.util.regex.Pattern.compile("(?<=[A-Za-z0-9+])R([12])(?![0-9])");

    /** Where the QED alert SMARTS come from, as {@link Alert#source()}. */
    private static final String SOURCE = "Bickerton et al., Nat. Chem. 2012, 4, 90 (as in RDKit rdkit.Chem.QED)";

    private final AlertMatcher alerts = Catalog.QED.newMatcher();

    /**
     * The QED alerts, compiled once per process on first use: a catalog is immutable and shared by
     * the per-thread matchers, and compiling its 116 SMARTS with their pre-screen requirements
     * costs milliseconds, more than describing hundreds of molecules.
     */
    private static final class Catalog {
        static final AlertCatalog QED = catalog();
    }

    /** The 116 QED alerts as an alert catalog, named {@code qed:1} to {@code qed:116} in file order. */
    static AlertCatalog catalog() {
        List<String> smarts = loadAlerts();
        List<Alert> list = new ArrayList<>(smarts.size());
        for (int i = 0; i < smarts.size(); i++) {
            list.add(new Alert("qed", Integer.toString(i + 1), smarts.get(i), SOURCE));
        }
        return AlertCatalog.of(list);
    }

    /** QED from the eight properties. */
    static double qed(double mw, double alogp, int hba, int hbd, double psa, int rotb, int arom, int alerts) {
        double[] x = {mw, alogp, hba, hbd, psa, rotb, arom, alerts};
        double t = 0;
        double wsum = 0;
        for (int k = 0; k < 8; k++) {
            t += WEIGHTS[k] * Math.log(ads(x[k], ADS[k]));
            wsum += WEIGHTS[k];
        }
        return Math.exp(t / wsum);
    }

    private static double ads(double x, double[] p) {
        double exp1 = 1 + Math.exp(-(x - p[2] + p[3] / 2) / p[4]);
        double exp2 = 1 + Math.exp(-(x - p[2] - p[3] / 2) / p[5]);
        double dx = p[0] + p[1] / exp1 * (1 - 1 / exp2);
        return dx / p[6];
    }

    /**
     * Number of alert patterns present in the molecule. Ring flags and Daylight aromaticity are
     * perceived again first, as RDKit's SMARTS matching sees them.
     */
    int alertCount(IAtomContainer mol) {
        AlertMatcher.prepare(mol);
        return alerts.match(mol).size();
    }

    /** Acceptors by the QED acceptor SMARTS list (one per atom; the patterns are exclusive). */
    static int acceptors(AtomTable t) {
        int n = 0;
        for (int i = 0; i < t.n; i++) {
            int z = t.z[i];
            int h = t.h[i];
            int x = t.connections(i);
            int q = t.charge[i];
            boolean ar = t.aromatic[i];
            if (z == 8) {
                if (ar) {
                    n += (h == 0 && x == 2) ? 1 : 0;
                } else {
                    int v = t.valence(i);
                    if ((h == 1 && x == 2 && v == 2) || (h == 0 && x == 2 && v == 2) || (h == 0 && x == 1 && v == 2)
                            || (q == -1 && x == 1)) {
                        n++;
                    }
                }
            } else if (z == 16 && !ar) {
                int v = t.valence(i);
                if ((h == 0 && x == 2 && v == 2) || (h == 0 && x == 1 && v == 2) || (q == -1 && x == 1)) {
                    n++;
                }
            } else if (z == 7) {
                if (ar) {
                    n += (h == 0 && x == 2) ? 1 : 0;
                } else {
                    int v = t.valence(i);
                    if (h == 0 && x == 1 && v == 3) {
                        n++;
                    } else if (q == 0 && x == 3 && v == 3 && !bondedToCarbonylLike(t, i)) {
                        n++;
                    }
                }
            }
        }
        return n;
    }

    /** N[C,S]=O: the nitrogen is bonded to an aliphatic C or S carrying a double-bonded aliphatic O. */
    private static boolean bondedToCarbonylLike(AtomTable t, int i) {
        for (int k = 0; k < t.nbr[i].length; k++) {
            int j = t.nbr[i][k];
            if (!t.isDefaultBond(i, k) || t.aromatic[j] || (t.z[j] != 6 && t.z[j] != 16)) {
                continue;
            }
            for (int m = 0; m < t.nbr[j].length; m++) {
                int o = t.nbr[j][m];
                if (o != i && t.isBond(j, m, 2) && t.isAliphatic(o, 8)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Donors as RDKit NumHDonors: [N&!H0&v3, N&!H0&+1&v4, O&H1&+0, S&H1&+0, n&H1&+0]. */
    static int donors(AtomTable t) {
        int n = 0;
        for (int i = 0; i < t.n; i++) {
            int z = t.z[i];
            int h = t.h[i];
            int q = t.charge[i];
            if (z == 7) {
                if (t.aromatic[i]) {
                    n += (h == 1 && q == 0) ? 1 : 0;
                } else if (h > 0) {
                    int v = t.valence(i);
                    n += (v == 3 || (q == 1 && v == 4)) ? 1 : 0;
                }
            } else if ((z == 8 || z == 16) && !t.aromatic[i] && h == 1 && q == 0) {
                n++;
            }
        }
        return n;
    }

    /**
     * Aromatic rings as QED counts them: rings left after deleting every aliphatic ring atom that
     * has a non-aromatic neighbour (the cyclomatic number of the remaining graph).
     */
    static int aromaticRings(AtomTable t) {
        boolean[] removed = new boolean[t.n];
        for (int i = 0; i < t.n; i++) {
            if (!t.aromatic[i] && t.ringAtom[i]) {
                for (int j : t.nbr[i]) {
                    if (!t.aromatic[j]) {
                        removed[i] = true;
                        break;
                    }
                }
            }
        }
        return cyclomatic(t, removed);
    }

    /** Bonds minus atoms plus components over the atoms not removed. */
    static int cyclomatic(AtomTable t, boolean[] removed) {
        int[] parent = new int[t.n];
        int atoms = 0;
        int bonds = 0;
        for (int i = 0; i < t.n; i++) {
            parent[i] = i;
            if (!removed[i]) {
                atoms++;
            }
        }
        int components = atoms;
        for (int i = 0; i < t.n; i++) {
            if (removed[i]) {
                continue;
            }
            for (int j : t.nbr[i]) {
                if (j > i && !removed[j]) {
                    bonds++;
                    int a = find(parent, i);
                    int b = find(parent, j);
                    if (a != b) {
                        parent[a] = b;
                        components--;
                    }
                }
            }
        }
        return bonds - atoms + components;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /**
     * Rewrites SMARTS ring-membership counts {@code R1} and {@code R2} as ring-bond counts
     * {@code x2} and {@code x3}. They agree for every ring atom except bridgeheads, and CDK
     * evaluates {@code R<n>} by a ring search per atom and per match, which made these alerts
     * cost more than all the other descriptors together.
     */
    static String ringMembershipAsRingBonds(String smarts) {
        return RING_MEMBERSHIP.matcher(smarts)
                .replaceAll(m -> "x" + (Integer.parseInt(m.group(1)) + 1));
    }

    static List<String> loadAlerts() {
        List<String> list = new ArrayList<>();
        try (InputStream in = Qed.class.getResourceAsStream("qed-alerts.smarts")) {
            if (in == null) {
                throw new IllegalStateException("qed-alerts.smarts missing from the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                String s = line.strip();
                if (s.isEmpty() || s.startsWith("#")) {
                    continue;
                }
                list.add(ringMembershipAsRingBonds(s));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(list);
    }
}
