package io.vscreen.chem.alerts;

import java.util.Arrays;

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
    private int atoms;
    private int bonds;
    private int[] ringBonds = new int[64];
    private int[] system = new int[64];
    private boolean[] polycyclic = new boolean[64];
    private int[] classOf = new int[64];

    /** Profiles {@code mol}; its ring flags must be set. */
    void reset(IAtomContainer mol) {
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
        if (r.atoms() > atoms || r.bonds() > bonds) {
            return false;
        }
        long[] masks = r.atomMasks();
        int[] needs = r.atomNeeds();
        for (int i = 0; i < needs.length; i++) {
            if (atomsIn(masks, i * AtomClass.WORDS) < needs[i]) {
                return false;
            }
        }
        int[] bondMasks = r.bondMasks();
        int[] bondNeeds = r.bondNeeds();
        for (int i = 0; i < bondNeeds.length; i++) {
            if (bondsIn(bondMasks[i]) < bondNeeds[i]) {
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

    private int bondsIn(int mask) {
        int n = 0;
        for (int m = mask; m != 0; m &= m - 1) {
            n += bondCount[Integer.numberOfTrailingZeros(m)];
        }
        return n;
    }
}
