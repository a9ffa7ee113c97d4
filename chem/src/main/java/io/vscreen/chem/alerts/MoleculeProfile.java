package io.vscreen.chem.alerts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;

/**
 * The cheap per-molecule summary the pre-screen checks {@link Requirements} against: atom counts
 * per {@link AtomClass}, bond counts per {@link BondClass}. Mutable and reused by one
 * {@link AlertMatcher} (one per thread); {@link #reset(IAtomContainer)} once per molecule.
 */
final class MoleculeProfile {
    private final int[] atomCount = new int[AtomClass.COUNT];
    private final int[] present = new int[AtomClass.COUNT];
    private int presentCount;
    private final int[] bondCount = new int[BondClass.COUNT];
    /** Bonds per bond class set, indexed by the set's mask (all 2^{@link BondClass#COUNT} sets). */
    private final int[] bondsInSet = new int[1 << BondClass.COUNT];
    private int atoms;
    private int bonds;
    private int[] ringBonds = new int[64];
    private int[] system = new int[64];
    private boolean[] polycyclic = new boolean[64];
    private int[] classOf = new int[64];

    /** Atom counts per interned class set for the current molecule, valid where {@code counted == stamp}. */
    private int[] counts = new int[0];
    private int[] counted = new int[0];
    private int stamp;

    /**
     * Numbers the distinct atom class sets of these requirements; returns, per requirement, the
     * id of each of its sets (for {@link #mayMatch(Requirements, int[])}).
     */
    int[][] intern(Requirements[] requirements) {
        Map<List<Long>, Integer> ids = new HashMap<>();
        int[][] out = new int[requirements.length][];
        for (int r = 0; r < requirements.length; r++) {
            long[] masks = requirements[r].atomMasks();
            int[] mine = new int[requirements[r].atomNeeds().length];
            for (int i = 0; i < mine.length; i++) {
                List<Long> key = new ArrayList<>(AtomClass.WORDS);
                for (int w = 0; w < AtomClass.WORDS; w++) {
                    key.add(masks[i * AtomClass.WORDS + w]);
                }
                mine[i] = ids.computeIfAbsent(key, k -> ids.size());
            }
            out[r] = mine;
        }
        counts = new int[ids.size()];
        counted = new int[ids.size()];
        stamp = 0;
        return out;
    }

    /** Profiles {@code mol}; its ring flags must be set. */
    void reset(IAtomContainer mol) {
        if (++stamp == 0) {
            Arrays.fill(counted, -1);
            stamp = 1;
        }
        for (int i = 0; i < presentCount; i++) {
            atomCount[present[i]] = 0;
        }
        presentCount = 0;
        Arrays.fill(bondCount, 0);
        atoms = mol.getAtomCount();
        bonds = mol.getBondCount();
        if (ringBonds.length < atoms) {
            ringBonds = new int[Math.max(atoms, 2 * ringBonds.length)];
        } else {
            Arrays.fill(ringBonds, 0, atoms, 0);
        }
        if (system.length < atoms) {
            system = new int[ringBonds.length];
            polycyclic = new boolean[ringBonds.length];
            classOf = new int[ringBonds.length];
        }
        for (int i = 0; i < atoms; i++) {
            system[i] = i;
        }
        boolean anyRingBranched = false;
        for (IBond bond : mol.bonds()) {
            bondCount[BondClass.of(bond)]++;
            if (bond.isInRing()) {
                int a = mol.indexOf(bond.getBegin());
                int b = mol.indexOf(bond.getEnd());
                anyRingBranched |= ++ringBonds[a] > 2;
                anyRingBranched |= ++ringBonds[b] > 2;
                system[find(a)] = find(b);
            }
        }
        // every set's count from the set without its lowest class: one addition per set
        for (int mask = 1; mask < bondsInSet.length; mask++) {
            bondsInSet[mask] = bondsInSet[mask & (mask - 1)] + bondCount[Integer.numberOfTrailingZeros(mask)];
        }
        if (anyRingBranched) {
            Arrays.fill(polycyclic, 0, atoms, false);
            for (int i = 0; i < atoms; i++) {
                if (ringBonds[i] > 2) {
                    polycyclic[find(i)] = true;
                }
            }
        }
        for (int i = 0; i < atoms; i++) {
            boolean poly = anyRingBranched && ringBonds[i] > 0 && polycyclic[find(i)];
            int c = AtomClass.of(mol.getAtom(i), ringBonds[i], poly);
            classOf[i] = c;
            if (atomCount[c]++ == 0) {
                present[presentCount++] = c;
            }
        }
    }

    /** Root of {@code i}'s ring system (union-find over ring bonds, with path halving). */
    private int find(int i) {
        while (system[i] != i) {
            system[i] = system[system[i]];
            i = system[i];
        }
        return i;
    }

    /** Each atom's {@link AtomClass}, by atom index (valid until the next {@link #reset}). */
    int[] atomClasses() {
        return classOf;
    }

    /** True unless the molecule certainly lacks what the query needs. */
    boolean mayMatch(Requirements r) {
        return mayMatch(r, null);
    }

    /**
     * As {@link #mayMatch(Requirements)}, with the ids {@link #intern} gave the requirement's atom
     * sets: each set's atom count is then computed once per molecule, however many patterns
     * share it ({@code null} counts every set afresh).
     */
    boolean mayMatch(Requirements r, int[] maskIds) {
        if (r.atoms() > atoms || r.bonds() > bonds) {
            return false;
        }
        long[] masks = r.atomMasks();
        int[] needs = r.atomNeeds();
        for (int i = 0; i < needs.length; i++) {
            int offset = i * AtomClass.WORDS;
            int n;
            if (maskIds == null) {
                n = atomsIn(masks, offset);
            } else {
                int id = maskIds[i];
                if (counted[id] != stamp) {
                    counts[id] = atomsIn(masks, offset);
                    counted[id] = stamp;
                }
                n = counts[id];
            }
            if (n < needs[i]) {
                return false;
            }
        }
        int[] bondMasks = r.bondMasks();
        int[] bondNeeds = r.bondNeeds();
        for (int i = 0; i < bondNeeds.length; i++) {
            if (bondsInSet[bondMasks[i]] < bondNeeds[i]) {
                return false;
            }
        }
        return true;
    }

    private int atomsIn(long[] masks, int offset) {
        int n = 0;
        for (int i = 0; i < presentCount; i++) {
            int c = present[i];
            if ((masks[offset + (c >>> 6)] & (1L << (c & 63))) != 0) {
                n += atomCount[c];
            }
        }
        return n;
    }
}
