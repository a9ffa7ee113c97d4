package io.vscreen.chem.fingerprints;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.openscience.cdk.interfaces.IAtomContainer;

import io.vscreen.chem.StructureException;
import io.vscreen.chem.graph.HeavyAtomGraph;

/**
 * Extended-connectivity (ECFP) and functional-class (FCFP) circular fingerprints, a Morgan-type
 * algorithm after Rogers &amp; Hahn (J. Chem. Inf. Model. 2010, 50, 742) in the form RDKit's Morgan
 * fingerprint popularised.
 *
 * <ol>
 *   <li>Each heavy atom gets an initial identifier hashed from its invariants. ECFP: atomic number,
 *       heavy-atom degree, total hydrogen count, formal charge, total valence (bond orders of the
 *       Kekulé structure plus hydrogens), mass number (0 if unlabelled) and ring membership. FCFP:
 *       six pharmacophoric flags (donor, acceptor, aromatic, halogen, basic, acidic; see
 *       {@code PharmacophoreTypes}).</li>
 *   <li>Each iteration {@code r = 1..radius} replaces every atom's identifier by a hash of
 *       {@code r}, its identifier and the sorted list of (bond type, neighbour identifier) pairs,
 *       bond type being single, double, triple, aromatic (Daylight aromaticity perceived here,
 *       whatever flags the input carries) or other.</li>
 *   <li>Every identifier of every iteration (including 0) is a feature, except when the set of
 *       bonds it covers duplicates one already seen (then only the lowest identifier among the
 *       duplicates of its iteration is kept, and earlier iterations win), as in the original
 *       method. Features are counted for {@link #counts}; bits are the features folded with
 *       {@link CountFingerprint#fold}.</li>
 * </ol>
 *
 * <p>No stereochemistry enters the identifiers, so enantiomers and E/Z isomers share a
 * fingerprint. Every step depends only on the graph, so atom order and the Kekulé structure chosen
 * by the parser do not matter. The identifiers are this project's own (revision
 * {@value #REVISION}); they are not numerically those of RDKit or of CDK's
 * {@code CircularFingerprinter}.
 *
 * <p>Not thread-safe (reuses scratch buffers): one instance per thread.
 */
public final class Ecfp implements Fingerprinter {

    /** Algorithm revision; bump whenever any molecule's features would change. */
    public static final int REVISION = 1;

    private static final int BOND_SINGLE = 1;
    private static final int BOND_DOUBLE = 2;
    private static final int BOND_TRIPLE = 3;
    private static final int BOND_AROMATIC = 4;
    private static final int BOND_OTHER = 5;

    private final FingerprintSpec spec;
    private final int radius;
    private final boolean functional;

    private int[] features = new int[256];
    private int[] centres = new int[256];
    private int[] radii = new int[256];
    private int featureCount;

    /**
     * @param spec a circular fingerprint spec (any kind but MACCS)
     */
    public Ecfp(FingerprintSpec spec) {
        this.spec = Objects.requireNonNull(spec, "spec");
        if (!spec.kind().circular()) {
            throw new IllegalArgumentException(spec + " is not a circular fingerprint");
        }
        this.radius = spec.kind().radius();
        this.functional = spec.kind().functional();
    }

    @Override
    public FingerprintSpec spec() {
        return spec;
    }

    @Override
    public Fingerprint fingerprint(IAtomContainer mol) throws StructureException {
        compute(HeavyAtomGraph.of(mol));
        int length = spec.length();
        long[] w = new long[Fingerprint.wordCount(length)];
        for (int i = 0; i < featureCount; i++) {
            int b = CountFingerprint.fold(features[i], length);
            w[b >>> 6] |= 1L << b;
        }
        return Fingerprint.wrap(w, length);
    }

    @Override
    public CountFingerprint counts(IAtomContainer mol) throws StructureException {
        return counts(HeavyAtomGraph.of(mol));
    }

    /** The unfolded feature counts with this fingerprint's radius and atom typing. */
    public CircularFeatures features(IAtomContainer mol) throws StructureException {
        return new CircularFeatures(radius, functional, counts(mol));
    }

    /** Feature counts of a graph already built (saves a second aromaticity perception). */
    public CountFingerprint counts(HeavyAtomGraph graph) {
        compute(graph);
        Arrays.sort(features, 0, featureCount);
        int distinct = 0;
        for (int i = 0; i < featureCount; i++) {
            if (i == 0 || features[i] != features[i - 1]) {
                distinct++;
            }
        }
        int[] ids = new int[distinct];
        int[] counts = new int[distinct];
        int k = -1;
        for (int i = 0; i < featureCount; i++) {
            if (i == 0 || features[i] != features[i - 1]) {
                ids[++k] = features[i];
            }
            counts[k]++;
        }
        return CountFingerprint.wrap(ids, counts);
    }

    private void emit(int id, int centre, int radius) {
        if (featureCount == features.length) {
            features = Arrays.copyOf(features, featureCount * 2);
            centres = Arrays.copyOf(centres, featureCount * 2);
            radii = Arrays.copyOf(radii, featureCount * 2);
        }
        centres[featureCount] = centre;
        radii[featureCount] = radius;
        features[featureCount++] = id;
    }

    /**
     * Which atoms make each bit: for every bit that is on in {@link #fingerprint}, how many of the
     * circular environments folded onto it contain each atom of {@code mol} (indexed as in
     * {@code mol}; hydrogens count 0). An environment of radius r is its centre atom and every atom
     * within r bonds. Used to map bit attributions back to atoms.
     */
    public Map<Integer, int[]> environmentCover(IAtomContainer mol) throws StructureException {
        HeavyAtomGraph g = HeavyAtomGraph.of(mol);
        compute(g);
        int length = spec.length();
        int atoms = mol.getAtomCount();
        int n = g.atomCount();
        int[] containerIndex = new int[n];
        for (int i = 0; i < n; i++) {
            containerIndex[i] = mol.indexOf(g.atom(i));
        }
        Map<Integer, int[]> cover = new HashMap<>();
        int[] dist = new int[n];
        int[] queue = new int[n];
        for (int f = 0; f < featureCount; f++) {
            int[] share = cover.computeIfAbsent(CountFingerprint.fold(features[f], length), k -> new int[atoms]);
            Arrays.fill(dist, -1);
            int head = 0;
            int tail = 0;
            queue[tail++] = centres[f];
            dist[centres[f]] = 0;
            while (head < tail) {
                int a = queue[head++];
                share[containerIndex[a]]++;
                if (dist[a] == radii[f]) {
                    continue;
                }
                for (int k = 0; k < g.degree(a); k++) {
                    int b = g.neighbor(a, k);
                    if (dist[b] < 0) {
                        dist[b] = dist[a] + 1;
                        queue[tail++] = b;
                    }
                }
            }
        }
        return cover;
    }

    private void compute(HeavyAtomGraph g) {
        featureCount = 0;
        int n = g.atomCount();
        int nb = g.bondCount();
        int[] ids = new int[n];
        for (int i = 0; i < n; i++) {
            ids[i] = functional ? PharmacophoreTypes.invariant(g, i) : ecfpInvariant(g, i);
            emit(ids[i], i, 0);
        }
        if (radius == 0 || nb == 0) {
            return;
        }
        int[] bondType = new int[nb];
        for (int b = 0; b < nb; b++) {
            bondType[b] = bondType(g, b);
        }
        int words = (nb + 63) >>> 6;
        long[][] env = new long[n][words];
        long[][] nextEnv = new long[n][words];
        int[] nextIds = new int[n];
        boolean[] alive = new boolean[n];
        Arrays.fill(alive, true);
        Set<BondSet> seen = new HashSet<>();
        Integer[] orderBuf = new Integer[n];
        long[] pairs = new long[8];
        for (int r = 1; r <= radius; r++) {
            for (int i = 0; i < n; i++) {
                int d = g.degree(i);
                if (pairs.length < d) {
                    pairs = new long[d];
                }
                long[] e = nextEnv[i];
                System.arraycopy(env[i], 0, e, 0, words);
                for (int k = 0; k < d; k++) {
                    int j = g.neighbor(i, k);
                    int b = g.neighborBond(i, k);
                    pairs[k] = ((long) bondType[b] << 32) | (ids[j] & 0xFFFFFFFFL);
                    e[b >>> 6] |= 1L << b;
                    long[] ej = env[j];
                    for (int w = 0; w < words; w++) {
                        e[w] |= ej[w];
                    }
                }
                Arrays.sort(pairs, 0, d);
                int h = mix(0x9E3779B9, r);
                h = mix(h, ids[i]);
                for (int k = 0; k < d; k++) {
                    h = mix(h, (int) (pairs[k] >>> 32));
                    h = mix(h, (int) pairs[k]);
                }
                nextIds[i] = finish(h, 2 + 2 * d);
            }
            // emit the new environments of the live atoms, dropping duplicates of bond sets
            int live = 0;
            for (int i = 0; i < n; i++) {
                if (alive[i]) {
                    orderBuf[live++] = i;
                }
            }
            final long[][] envs = nextEnv;
            final int[] nid = nextIds;
            Arrays.sort(orderBuf, 0, live, (a, b) -> {
                int c = compareWords(envs[a], envs[b]);
                return c != 0 ? c : Integer.compare(nid[a], nid[b]);
            });
            for (int k = 0; k < live; k++) {
                int i = orderBuf[k];
                if (seen.add(new BondSet(nextEnv[i].clone()))) {
                    emit(nextIds[i], i, r);
                } else {
                    alive[i] = false;
                }
            }
            int[] t = ids;
            ids = nextIds;
            nextIds = t;
            long[][] te = env;
            env = nextEnv;
            nextEnv = te;
        }
    }

    private static int compareWords(long[] a, long[] b) {
        for (int w = 0; w < a.length; w++) {
            if (a[w] != b[w]) {
                return Long.compareUnsigned(a[w], b[w]);
            }
        }
        return 0;
    }

    private static int ecfpInvariant(HeavyAtomGraph g, int i) {
        int valence = g.hydrogenCount(i);
        for (int k = 0; k < g.degree(i); k++) {
            valence += g.kekuleOrder(g.neighborBond(i, k));
        }
        Integer mass = g.atom(i).getMassNumber();
        int h = mix(0x2545F491, g.atomicNumber(i));
        h = mix(h, g.degree(i));
        h = mix(h, g.hydrogenCount(i));
        h = mix(h, g.charge(i));
        h = mix(h, valence);
        h = mix(h, mass == null ? 0 : mass);
        h = mix(h, g.atomInRing(i) ? 1 : 0);
        return finish(h, 7);
    }

    private static int bondType(HeavyAtomGraph g, int b) {
        if (g.aromatic(b)) {
            return BOND_AROMATIC;
        }
        return switch (g.kekuleOrder(b)) {
            case 1 -> BOND_SINGLE;
            case 2 -> BOND_DOUBLE;
            case 3 -> BOND_TRIPLE;
            default -> BOND_OTHER;
        };
    }

    // MurmurHash3 (x86, 32-bit) mixing steps
    static int mix(int h, int k) {
        k *= 0xCC9E2D51;
        k = Integer.rotateLeft(k, 15);
        k *= 0x1B873593;
        h ^= k;
        h = Integer.rotateLeft(h, 13);
        return h * 5 + 0xE6546B64;
    }

    static int finish(int h, int length) {
        h ^= length;
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        h ^= h >>> 16;
        return h;
    }

    /** A bond set as words, compared by content. */
    private record BondSet(long[] words) {
        @Override
        public boolean equals(Object o) {
            return o instanceof BondSet b && Arrays.equals(b.words, words);
        }

        /**
         * Mixed over all 64 bits of each word: {@link Arrays#hashCode(long[])} folds bond i onto
         * bond i + 32, so environments of one molecule collided and the set degraded to trees.
         */
        @Override
        public int hashCode() {
            long h = 0;
            for (long w : words) {
                h = (h ^ w) * 0x9E3779B97F4A7C15L;
                h ^= h >>> 29;
            }
            return (int) (h ^ (h >>> 32));
        }

        @Override
        public String toString() {
            return Arrays.toString(words);
        }
    }
}
