package io.vscreen.chem.alerts;

import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.isomorphism.matchers.Expr;

/**
 * A coarse class of atoms used by the pre-screen: element group x aromatic x charged x ring
 * member, 112 classes numbered 0..111 (so a set of classes fits in two {@code long}s).
 *
 * <p>{@link #evaluate(Expr, int)} decides a query atom expression over a whole class in
 * three-valued logic: {@link #FALSE} only if no atom of that class can satisfy it, {@link #TRUE}
 * only if every atom of the class does, {@link #UNKNOWN} otherwise. Every primitive the class does
 * not determine (hydrogen count, degree, recursive SMARTS, ...) is unknown, so the result is
 * always sound with respect to CDK's {@link Expr#matches(IAtom)}.
 */
final class AtomClass {
    static final byte FALSE = 0;
    static final byte TRUE = 1;
    static final byte UNKNOWN = 2;

    /** Elements with a group of their own; everything else falls into the last group ("other"). */
    private static final int[] ELEMENTS = {1, 6, 7, 8, 9, 15, 16, 17, 35, 53, 5, 14, 34};
    static final int GROUPS = ELEMENTS.length + 1;
    private static final int OTHER = ELEMENTS.length;
    private static final int HYDROGEN = 0;
    private static final int CARBON = 1;
    static final int COUNT = GROUPS * 8;
    private static final int[] GROUP_OF = new int[119];

    static {
        java.util.Arrays.fill(GROUP_OF, OTHER);
        for (int g = 0; g < ELEMENTS.length; g++) {
            GROUP_OF[ELEMENTS[g]] = g;
        }
    }

    private AtomClass() {
    }

    /** The class of a molecule atom (ring flags must be set). */
    static int of(IAtom atom) {
        Integer z = atom.getAtomicNumber();
        int group = z == null || z < 0 || z >= GROUP_OF.length ? OTHER : GROUP_OF[z];
        Integer q = atom.getFormalCharge();
        boolean charged = q != null && q != 0;
        return index(group, atom.isAromatic(), charged, atom.isInRing());
    }

    static int index(int group, boolean aromatic, boolean charged, boolean ring) {
        return group * 8 + (aromatic ? 4 : 0) + (charged ? 2 : 0) + (ring ? 1 : 0);
    }

    /** The three-valued truth of {@code e} for every atom of class {@code cls}, in any molecule. */
    static byte evaluate(Expr e, int cls) {
        return evaluate(e, cls, false);
    }

    /**
     * The three-valued truth of {@code e} for every atom of class {@code cls}; with
     * {@code simpleRings} for molecules in which no atom has three or more ring bonds (no fused,
     * spiro or bridged rings), where every ring atom has exactly two ring bonds and lies on
     * exactly one ring of the minimum cycle basis.
     */
    static byte evaluate(Expr e, int cls, boolean simpleRings) {
        int group = cls / 8;
        boolean aromatic = (cls & 4) != 0;
        boolean charged = (cls & 2) != 0;
        boolean ring = (cls & 1) != 0;
        return eval(e, group, aromatic, charged, ring, simpleRings);
    }

    private static byte eval(Expr e, int group, boolean aromatic, boolean charged, boolean ring,
            boolean simpleRings) {
        switch (e.type()) {
            case TRUE:
                return TRUE;
            case FALSE:
                return FALSE;
            case IS_AROMATIC:
                return of(aromatic);
            case IS_ALIPHATIC:
                return of(!aromatic);
            case IS_IN_RING:
                return of(ring);
            case IS_IN_CHAIN:
                return of(!ring);
            case IS_HETERO:
                return of(group != CARBON && group != HYDROGEN);
            case ELEMENT:
                return element(e.value(), group);
            case ALIPHATIC_ELEMENT:
                return and(of(!aromatic), element(e.value(), group));
            case AROMATIC_ELEMENT:
                return and(of(aromatic), element(e.value(), group));
            case FORMAL_CHARGE:
                // an unset charge never equals a value, so "uncharged" atoms only ever give UNKNOWN
                return e.value() == 0 ? (charged ? FALSE : UNKNOWN) : (charged ? UNKNOWN : FALSE);
            case RING_BOND_COUNT:
                if (simpleRings) {
                    return of(ring && e.value() == 2);
                }
                return ring ? UNKNOWN : FALSE;
            case RING_COUNT:
                if (simpleRings) {
                    return of(ring && e.value() == 1);
                }
                return ring ? UNKNOWN : FALSE;
            case RING_SMALLEST:
            case RING_SIZE:
                return ring ? UNKNOWN : FALSE;
            case AND:
                return and(eval(e.left(), group, aromatic, charged, ring, simpleRings),
                        eval(e.right(), group, aromatic, charged, ring, simpleRings));
            case OR:
                return or(eval(e.left(), group, aromatic, charged, ring, simpleRings),
                        eval(e.right(), group, aromatic, charged, ring, simpleRings));
            case NOT:
                return not(eval(e.left(), group, aromatic, charged, ring, simpleRings));
            default:
                return UNKNOWN;
        }
    }

    private static byte element(int z, int group) {
        if (group == OTHER) {
            return z >= 0 && z < GROUP_OF.length && GROUP_OF[z] != OTHER ? FALSE : UNKNOWN;
        }
        return of(ELEMENTS[group] == z);
    }

    static byte of(boolean b) {
        return b ? TRUE : FALSE;
    }

    static byte and(byte a, byte b) {
        if (a == FALSE || b == FALSE) {
            return FALSE;
        }
        return a == TRUE && b == TRUE ? TRUE : UNKNOWN;
    }

    static byte or(byte a, byte b) {
        if (a == TRUE || b == TRUE) {
            return TRUE;
        }
        return a == FALSE && b == FALSE ? FALSE : UNKNOWN;
    }

    static byte not(byte a) {
        return a == UNKNOWN ? UNKNOWN : (a == TRUE ? FALSE : TRUE);
    }
}
