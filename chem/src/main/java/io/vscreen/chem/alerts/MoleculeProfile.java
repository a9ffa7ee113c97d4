package io.vscreen.chem.alerts;

import org.openscience.cdk.interfaces.IAtom;
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
    private boolean onlySimpleRings;

    /** Profiles {@code mol}; its ring flags must be set. */
    void reset(IAtomContainer mol) {
        for (int i = 0; i < presentCount; i++) {
            atomCount[present[i]] = 0;
        }
        presentCount = 0;
        java.util.Arrays.fill(bondCount, 0);
        atoms = mol.getAtomCount();
        bonds = mol.getBondCount();
        for (IAtom atom : mol.atoms()) {
            int c = AtomClass.of(atom);
            if (atomCount[c]++ == 0) {
                present[presentCount++] = c;
            }
        }
        if (ringBonds.length < atoms) {
            ringBonds = new int[Math.max(atoms, 2 * ringBonds.length)];
        } else {
            java.util.Arrays.fill(ringBonds, 0, atoms, 0);
        }
        onlySimpleRings = true;
        for (IBond bond : mol.bonds()) {
            bondCount[BondClass.of(bond)]++;
            if (bond.isInRing()) {
                for (int i = 0; i < 2; i++) {
                    if (++ringBonds[mol.indexOf(bond.getAtom(i))] > 2) {
                        onlySimpleRings = false;
                    }
                }
            }
        }
    }

    /** True if no atom has three or more ring bonds: no fused, spiro or bridged ring systems. */
    boolean onlySimpleRings() {
        return onlySimpleRings;
    }

    /** True unless the molecule certainly lacks what the query needs. */
    boolean mayMatch(Requirements r) {
        if (r.atoms() > atoms || r.bonds() > bonds) {
            return false;
        }
        long[] masks = r.atomMasks();
        int[] needs = r.atomNeeds();
        for (int i = 0; i < needs.length; i++) {
            if (atomsIn(masks[2 * i], masks[2 * i + 1]) < needs[i]) {
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

    private int atomsIn(long lo, long hi) {
        int n = 0;
        for (int i = 0; i < presentCount; i++) {
            int c = present[i];
            long bit = c < 64 ? lo & (1L << c) : hi & (1L << (c - 64));
            if (bit != 0) {
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
