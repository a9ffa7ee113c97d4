package io.vscreen.chem.descriptors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.openscience.cdk.isomorphism.matchers.QueryAtomContainer;
import org.openscience.cdk.silent.SilentChemObjectBuilder;
import org.openscience.cdk.smarts.Smarts;
import org.openscience.cdk.smarts.SmartsPattern;

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
 * <p>Each alert is first screened by the kinds of atoms it needs ({@link ElementScreen}) and then
 * by the kinds of bonds ({@link BondScreen}), so most alerts cost a few operations instead of a
 * subgraph match. Holds compiled SMARTS patterns and
 * scratch arrays: one instance per thread.
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

    private final List<SmartsPattern> alerts;
    private final List<ElementScreen> screens;
    private final List<BondScreen> bondScreens;
    /** The molecule's distinct bond signatures: kinds of both ends and bond type. */
    private int[] sigA = new int[64];
    private int[] sigB = new int[64];
    private int[] sigType = new int[64];
    private final int[] kindCounts = new int[256];
    private final int[] presentKinds = new int[256];

    Qed() {
        List<String> smarts = loadAlerts();
        List<SmartsPattern> patterns = new ArrayList<>();
        List<ElementScreen> screenList = new ArrayList<>();
        List<BondScreen> bondList = new ArrayList<>();
        for (String s : smarts) {
            patterns.add(SmartsPattern.create(s).setPrepare(false));
            QueryAtomContainer query = new QueryAtomContainer(SilentChemObjectBuilder.getInstance());
            if (!Smarts.parse(query, s)) {
                throw new IllegalStateException("unreadable QED alert SMARTS " + s);
            }
            screenList.add(ElementScreen.of(query));
            bondList.add(BondScreen.of(query));
        }
        alerts = List.copyOf(patterns);
        screens = List.copyOf(screenList);
        bondScreens = List.copyOf(bondList);
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

    /** Number of alert patterns present in the molecule (aromaticity and rings already perceived). */
    int alertCount(IAtomContainer mol) {
        int present = 0;
        boolean charged = false;
        for (IAtom a : mol.atoms()) {
            charged |= a.getFormalCharge() != null && a.getFormalCharge() != 0;
            int k = ElementScreen.kind(a.getAtomicNumber() == null ? 0 : a.getAtomicNumber(), a.isAromatic());
            if (kindCounts[k]++ == 0) {
                presentKinds[present++] = k;
            }
        }
        int signatures = -1;
        boolean prepared = false;
        int n = 0;
        for (int i = 0; i < alerts.size(); i++) {
            ElementScreen screen = screens.get(i);
            if ((screen.needsCharge() && !charged) || !screen.admits(kindCounts, presentKinds, present)) {
                continue;
            }
            if (signatures < 0) {
                signatures = bondSignatures(mol);
            }
            if (!bondScreens.get(i).admits(sigA, sigB, sigType, signatures)) {
                continue;
            }
            if (!prepared) {
                SmartsPattern.prepare(mol);
                prepared = true;
            }
            if (alerts.get(i).matches(mol)) {
                n++;
            }
        }
        for (int k = 0; k < present; k++) {
            kindCounts[presentKinds[k]] = 0;
        }
        return n;
    }

    /** Collects the distinct (kind, kind, bond type) signatures of the molecule's bonds; returns their number. */
    private int bondSignatures(IAtomContainer mol) {
        int count = 0;
        for (IBond b : mol.bonds()) {
            IAtom u = b.getBegin();
            IAtom v = b.getEnd();
            int a = ElementScreen.kind(u.getAtomicNumber() == null ? 0 : u.getAtomicNumber(), u.isAromatic());
            int c = ElementScreen.kind(v.getAtomicNumber() == null ? 0 : v.getAtomicNumber(), v.isAromatic());
            int t = BondScreen.type(b);
            boolean seen = false;
            for (int i = 0; i < count && !seen; i++) {
                seen = sigType[i] == t && ((sigA[i] == a && sigB[i] == c) || (sigA[i] == c && sigB[i] == a));
            }
            if (seen) {
                continue;
            }
            if (count == sigA.length) {
                sigA = java.util.Arrays.copyOf(sigA, 2 * count);
                sigB = java.util.Arrays.copyOf(sigB, 2 * count);
                sigType = java.util.Arrays.copyOf(sigType, 2 * count);
            }
            sigA[count] = a;
            sigB[count] = c;
            sigType[count] = t;
            count++;
        }
        return count;
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
