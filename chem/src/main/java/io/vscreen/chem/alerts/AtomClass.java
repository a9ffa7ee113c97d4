package io.vscreen.chem.alerts;

import java.util.Arrays;

import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.isomorphism.matchers.Expr;

/**
 * A coarse class of atoms used by the pre-screen: element group (H, C, N, O, F, P, S, Cl, Br, I,
 * B, Si, Se, other) x aromatic x charged x ring member x "three or more connections" x "three or
 * more ring bonds" (fused, spiro or bridgehead atom) x "in a polycyclic ring system" (its ring
 * bonds connect it to an atom with three or more ring bonds; otherwise its ring system is one
 * simple ring, every atom has two ring bonds and lies on exactly one ring of the cycle basis):
 * 896 classes, so a set of classes is {@value #WORDS} {@code long}s.
 *
 * <p>{@link #evaluate(Expr, int, boolean)} decides a query atom expression over a whole class in
 * three-valued logic: {@link #FALSE} only if no atom of that class can satisfy it, {@link #TRUE}
 * only if every atom of the class does, {@link #UNKNOWN} otherwise. Every primitive the class does
 * not determine (hydrogen count, valence, recursive SMARTS, ...) is unknown, so the result is
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
    private static final int FLAGS = 64;
    static final int AROMATIC = 32;
    static final int CHARGED = 16;
    static final int RING = 8;
    static final int BRANCHED = 4;
    static final int RING_BRANCHED = 2;
    static final int POLYCYCLIC = 1;
    static final int COUNT = GROUPS * FLAGS;
    static final int WORDS = (COUNT + 63) / 64;
    private static final int[] GROUP_OF = new int[119];

    static {
        Arrays.fill(GROUP_OF, OTHER);
        for (int g = 0; g < ELEMENTS.length; g++) {
            GROUP_OF[ELEMENTS[g]] = g;
        }
    }

    private AtomClass() {
    }

    /**
     * The class of a molecule atom with {@code ringBonds} ring bonds, {@code polycyclic} if its
     * ring system has an atom with three or more ring bonds (ring flags must be set).
     */
    static int of(IAtom atom, int ringBonds, boolean polycyclic) {
        Integer z = atom.getAtomicNumber();
        int group = z == null || z < 0 || z >= GROUP_OF.length ? OTHER : GROUP_OF[z];
        Integer q = atom.getFormalCharge();
        int flags = 0;
        flags |= atom.isAromatic() ? AROMATIC : 0;
        flags |= q != null && q != 0 ? CHARGED : 0;
        flags |= atom.isInRing() ? RING : 0;
        flags |= atom.getBondCount() >= 3 ? BRANCHED : 0;
        flags |= ringBonds >= 3 ? RING_BRANCHED : 0;
        flags |= polycyclic ? POLYCYCLIC : 0;
        return group * FLAGS + flags;
    }

    /** Flags only the shape primitives (degree, ring bonds, ring count) look at. */
    static final int SHAPE_FLAGS = BRANCHED | RING_BRANCHED | POLYCYCLIC;

    /**
     * Whether {@code e} can evaluate differently for classes that differ only in
     * {@link #SHAPE_FLAGS}; if not, evaluating the classes without those flags is enough.
     */
    static boolean dependsOnShape(Expr e) {
        switch (e.type()) {
            case AND:
            case OR:
                return dependsOnShape(e.left()) || dependsOnShape(e.right());
            case NOT:
                return dependsOnShape(e.left());
            case DEGREE:
            case TOTAL_DEGREE:
            case RING_BOND_COUNT:
            case RING_COUNT:
                return true;
            default:
                return false;
        }
    }

    static boolean has(int cls, int flag) {
        return (cls & flag) != 0;
    }

    /** The three-valued truth of {@code e} for every atom of class {@code cls}. */
    static byte evaluate(Expr e, int cls) {
        switch (e.type()) {
            case TRUE:
                return TRUE;
            case FALSE:
                return FALSE;
            case IS_AROMATIC:
                return of(has(cls, AROMATIC));
            case IS_ALIPHATIC:
                return of(!has(cls, AROMATIC));
            case IS_IN_RING:
                return of(has(cls, RING));
            case IS_IN_CHAIN:
                return of(!has(cls, RING));
            case IS_HETERO:
                return of(cls / FLAGS != CARBON && cls / FLAGS != HYDROGEN);
            case ELEMENT:
                return element(e.value(), cls / FLAGS);
            case ALIPHATIC_ELEMENT:
                return and(of(!has(cls, AROMATIC)), element(e.value(), cls / FLAGS));
            case AROMATIC_ELEMENT:
                return and(of(has(cls, AROMATIC)), element(e.value(), cls / FLAGS));
            case FORMAL_CHARGE:
                // an unset charge never equals a value, so "uncharged" atoms only ever give UNKNOWN
                if (e.value() == 0) {
                    return has(cls, CHARGED) ? FALSE : UNKNOWN;
                }
                return has(cls, CHARGED) ? UNKNOWN : FALSE;
            case DEGREE:
            case TOTAL_DEGREE:
                // both count at least the atom's bonds: three or more bonds rule out values below 3
                if (has(cls, BRANCHED) && e.value() < 3) {
                    return FALSE;
                }
                return e.type() == Expr.Type.DEGREE && !has(cls, BRANCHED) && e.value() >= 3 ? FALSE : UNKNOWN;
            case RING_BOND_COUNT:
                if (!has(cls, RING)) {
                    return FALSE;
                }
                if (has(cls, RING_BRANCHED)) {
                    return e.value() < 3 ? FALSE : UNKNOWN;
                }
                return of(e.value() == 2); // a ring atom without three ring bonds has exactly two
            case RING_COUNT:
                if (!has(cls, RING)) {
                    return FALSE;
                }
                return has(cls, POLYCYCLIC) ? UNKNOWN : of(e.value() == 1);
            case RING_SMALLEST:
            case RING_SIZE:
                return has(cls, RING) ? UNKNOWN : FALSE;
            case AND:
                return and(evaluate(e.left(), cls), evaluate(e.right(), cls));
            case OR:
                return or(evaluate(e.left(), cls), evaluate(e.right(), cls));
            case NOT:
                return not(evaluate(e.left(), cls));
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
