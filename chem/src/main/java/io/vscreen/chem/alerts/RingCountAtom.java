package io.vscreen.chem.alerts;

import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.isomorphism.matchers.Expr;
import org.openscience.cdk.isomorphism.matchers.QueryAtom;

/**
 * A query atom whose expression uses the ring-count primitive ({@code R<n>}): it evaluates the
 * expression like {@link Expr#matches(IAtom)} but answers {@code R<n>} from the matcher's
 * {@link RingMembership} instead of CDK's slow lookup. Alert queries carry no stereo, so negation
 * is plain negation.
 */
final class RingCountAtom extends QueryAtom {
    private final RingMembership rings;

    RingCountAtom(Expr expr, RingMembership rings) {
        super(expr);
        this.rings = rings;
    }

    @Override
    public boolean matches(IAtom atom) {
        return atom != null && eval(getExpression(), atom);
    }

    private boolean eval(Expr e, IAtom atom) {
        switch (e.type()) {
            case AND:
                return eval(e.left(), atom) && eval(e.right(), atom);
            case OR:
                return eval(e.left(), atom) || eval(e.right(), atom);
            case NOT:
                if (e.left().type() == Expr.Type.STEREOCHEMISTRY || e.left().type() == Expr.Type.OR) {
                    return e.matches(atom); // keep CDK's stereo-aware negation
                }
                return !eval(e.left(), atom);
            case RING_COUNT:
                return atom.isInRing() && rings.count(atom) == e.value();
            default:
                return e.matches(atom);
        }
    }

    static boolean usesRingCount(Expr e) {
        switch (e.type()) {
            case AND:
            case OR:
                return usesRingCount(e.left()) || usesRingCount(e.right());
            case NOT:
                return usesRingCount(e.left());
            case RING_COUNT:
                return true;
            default:
                return false;
        }
    }
}
