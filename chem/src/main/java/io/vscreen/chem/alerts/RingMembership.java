package io.vscreen.chem.alerts;

import org.openscience.cdk.graph.Cycles;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;

/**
 * How many rings of the minimum cycle basis each atom of the current molecule lies on (the SMARTS
 * {@code R<n>} primitive), computed at most once per molecule. CDK evaluates {@code R<n>} by
 * looking the counts up in a shared cache that, in practice, recomputes the cycle basis for
 * nearly every atom tested; alert queries with {@code R<n>} atoms read this per-thread copy
 * instead (see {@link RingCountAtom}). Same definition as CDK's: for every cycle of
 * {@link Cycles#mcb} each atom on it counts once. Not thread-safe: one per {@link AlertMatcher}.
 */
final class RingMembership {
    private IAtomContainer mol;
    private int[] counts;

    /** Forgets the last molecule (called before each molecule, which may be a reused container). */
    void reset() {
        mol = null;
        counts = null;
    }

    /** The number of basis rings {@code atom} lies on. */
    int count(IAtom atom) {
        IAtomContainer container = atom.getContainer();
        if (container != mol) {
            mol = container;
            counts = new int[container.getAtomCount()];
            for (int[] path : Cycles.mcb(container).paths()) {
                for (int i = 1; i < path.length; i++) {
                    counts[path[i]]++;
                }
            }
        }
        return counts[atom.getIndex()];
    }
}
