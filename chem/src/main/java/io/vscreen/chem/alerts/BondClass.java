package io.vscreen.chem.alerts;

import org.openscience.cdk.interfaces.IBond;
import org.openscience.cdk.isomorphism.matchers.Expr;

/**
 * A coarse class of bonds used by the pre-screen: kind (single, double, triple, aromatic, other)
 * x ring member, 10 classes. {@link #evaluate(Expr, int)} is the bond counterpart of
 * {@link AtomClass#evaluate}: sound three-valued truth of a query bond expression over a class.
 * Aromatic bonds keep a Kekulé order in CDK, so order primitives are unknown for them.
 */
final class BondClass {
    private static final int SINGLE = 0;
    private static final int DOUBLE = 1;
    private static final int TRIPLE = 2;
    private static final int AROMATIC = 3;
    private static final int OTHER = 4;
    static final int COUNT = 10;

    private BondClass() {
    }

    /** The class of a molecule bond (ring flags must be set). */
    static int of(IBond bond) {
        int kind;
        if (bond.isAromatic()) {
            kind = AROMATIC;
        } else if (bond.getOrder() == IBond.Order.SINGLE) {
            kind = SINGLE;
        } else if (bond.getOrder() == IBond.Order.DOUBLE) {
            kind = DOUBLE;
        } else if (bond.getOrder() == IBond.Order.TRIPLE) {
            kind = TRIPLE;
        } else {
            kind = OTHER;
        }
        return kind * 2 + (bond.isInRing() ? 1 : 0);
    }

    static boolean isRing(int cls) {
        return (cls & 1) != 0;
    }

    static byte evaluate(Expr e, int cls) {
        return eval(e, cls / 2, (cls & 1) != 0);
    }

    private static byte eval(Expr e, int kind, boolean ring) {
        switch (e.type()) {
            case TRUE:
                return AtomClass.TRUE;
            case FALSE:
                return AtomClass.FALSE;
            case ALIPHATIC_ORDER:
                if (kind == AROMATIC) {
                    return AtomClass.FALSE;
                }
                return kind == OTHER ? AtomClass.UNKNOWN : AtomClass.of(kind + 1 == e.value());
            case ORDER:
                return kind == OTHER || kind == AROMATIC ? AtomClass.UNKNOWN : AtomClass.of(kind + 1 == e.value());
            case IS_AROMATIC:
                return AtomClass.of(kind == AROMATIC);
            case IS_ALIPHATIC:
                return AtomClass.of(kind != AROMATIC);
            case IS_IN_RING:
                return AtomClass.of(ring);
            case IS_IN_CHAIN:
                return AtomClass.of(!ring);
            case SINGLE_OR_AROMATIC:
                return kind == OTHER ? AtomClass.UNKNOWN : AtomClass.of(kind == SINGLE || kind == AROMATIC);
            case DOUBLE_OR_AROMATIC:
                return kind == OTHER ? AtomClass.UNKNOWN : AtomClass.of(kind == DOUBLE || kind == AROMATIC);
            case SINGLE_OR_DOUBLE:
                return kind == OTHER || kind == AROMATIC ? AtomClass.UNKNOWN
                        : AtomClass.of(kind == SINGLE || kind == DOUBLE);
            case AND:
                return AtomClass.and(eval(e.left(), kind, ring), eval(e.right(), kind, ring));
            case OR:
                return AtomClass.or(eval(e.left(), kind, ring), eval(e.right(), kind, ring));
            case NOT:
                return AtomClass.not(eval(e.left(), kind, ring));
            default:
                return AtomClass.UNKNOWN;
        }
    }
}
