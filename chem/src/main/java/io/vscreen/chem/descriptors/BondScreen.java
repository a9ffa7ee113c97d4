package io.vscreen.chem.descriptors;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import org.openscience.cdk.BondRef;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.openscience.cdk.isomorphism.matchers.Expr;
import org.openscience.cdk.isomorphism.matchers.QueryBond;
import org.openscience.cdk.silent.Atom;
import org.openscience.cdk.silent.Bond;

/**
 * A second necessary condition for a SMARTS pattern to match, after {@link ElementScreen}: every
 * query bond must find a molecule bond of an admissible type (non-aromatic single, double or
 * triple; aromatic; other) joining atoms of admissible (element, aromatic) kinds. A molecule is
 * summarised once as its distinct bond signatures (usually a dozen or two), so a pattern needing,
 * say, a C#N or an aliphatic N=N bond is dismissed without a subgraph match.
 *
 * <p>The admissible bond types of a query bond are found by evaluating its expression on a
 * representative bond of each type, in and out of a ring; expressions with anything but order,
 * aromaticity and ring primitives admit every type. The atom kinds are those of
 * {@link ElementScreen}. Both are over-approximations: the screen never rejects a molecule the
 * pattern matches.
 */
final class BondScreen {
    /** Bond types: single, double, triple (not aromatic), aromatic, anything else. */
    static final int TYPES = 5;
    private static final int AROMATIC = 3;
    private static final int OTHER = 4;

    /** One constraint per distinct query bond: admissible kinds at either end and bond types. */
    private final BitSet[] left;
    private final BitSet[] right;
    private final int[] typeMask;

    private BondScreen(BitSet[] left, BitSet[] right, int[] typeMask) {
        this.left = left;
        this.right = right;
        this.typeMask = typeMask;
    }

    /** The type of a molecule bond. */
    static int type(IBond b) {
        if (b.isAromatic()) {
            return AROMATIC;
        }
        IBond.Order o = b.getOrder();
        if (o == IBond.Order.SINGLE) {
            return 0;
        } else if (o == IBond.Order.DOUBLE) {
            return 1;
        } else if (o == IBond.Order.TRIPLE) {
            return 2;
        }
        return OTHER;
    }

    /** The screen of a parsed query; constraints that admit everything are left out. */
    static BondScreen of(IAtomContainer query) {
        List<BitSet> ls = new ArrayList<>();
        List<BitSet> rs = new ArrayList<>();
        List<Integer> masks = new ArrayList<>();
        for (IBond bond : query.bonds()) {
            IBond b = BondRef.deref(bond);
            int mask = b instanceof QueryBond q ? types(q.getExpression()) : (1 << TYPES) - 1;
            BitSet l = ElementScreen.kindsOf(bond.getBegin());
            BitSet r = ElementScreen.kindsOf(bond.getEnd());
            boolean anyEnds = l.cardinality() == ElementScreen.KINDS && r.cardinality() == ElementScreen.KINDS;
            if (anyEnds && mask == (1 << TYPES) - 1) {
                continue;
            }
            boolean seen = false;
            for (int i = 0; i < ls.size() && !seen; i++) {
                seen = masks.get(i) == mask && ((ls.get(i).equals(l) && rs.get(i).equals(r))
                        || (ls.get(i).equals(r) && rs.get(i).equals(l)));
            }
            if (!seen) {
                ls.add(l);
                rs.add(r);
                masks.add(mask);
            }
        }
        int[] m = new int[masks.size()];
        for (int i = 0; i < m.length; i++) {
            m[i] = masks.get(i);
        }
        return new BondScreen(ls.toArray(new BitSet[0]), rs.toArray(new BitSet[0]), m);
    }

    /**
     * Whether every query bond has a counterpart among the molecule's bond signatures:
     * {@code kindA[i]}, {@code kindB[i]}, {@code type[i]} for {@code i < count}.
     */
    boolean admits(int[] kindA, int[] kindB, int[] type, int count) {
        for (int c = 0; c < typeMask.length; c++) {
            BitSet l = left[c];
            BitSet r = right[c];
            int mask = typeMask[c];
            boolean found = false;
            for (int i = 0; i < count && !found; i++) {
                if ((mask & (1 << type[i])) == 0) {
                    continue;
                }
                int a = kindA[i];
                int b = kindB[i];
                found = (l.get(a) && r.get(b)) || (l.get(b) && r.get(a));
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    /** Bit mask of the bond types the expression can match. */
    private static int types(Expr e) {
        if (!onlyBondPrimitives(e)) {
            return (1 << TYPES) - 1;
        }
        int mask = 0;
        IBond.Order[] orders = {IBond.Order.SINGLE, IBond.Order.DOUBLE, IBond.Order.TRIPLE};
        for (boolean ring : new boolean[] {false, true}) {
            for (int t = 0; t < 3; t++) {
                if (e.matches(bond(orders[t], false, ring))) {
                    mask |= 1 << t;
                }
            }
            // an aromatic bond keeps its Kekule order in CDK
            if (e.matches(bond(IBond.Order.SINGLE, true, ring)) || e.matches(bond(IBond.Order.DOUBLE, true, ring))) {
                mask |= 1 << AROMATIC;
            }
        }
        return mask | (1 << OTHER);
    }

    private static IBond bond(IBond.Order order, boolean aromatic, boolean ring) {
        IBond b = new Bond(new Atom("C"), new Atom("C"), order);
        b.setIsAromatic(aromatic);
        b.setIsInRing(ring);
        return b;
    }

    private static boolean onlyBondPrimitives(Expr e) {
        return switch (e.type()) {
            case TRUE, FALSE, IS_AROMATIC, IS_ALIPHATIC, IS_IN_RING, IS_IN_CHAIN, ORDER, ALIPHATIC_ORDER,
                 SINGLE_OR_AROMATIC, DOUBLE_OR_AROMATIC, SINGLE_OR_DOUBLE -> true;
            case AND, OR -> onlyBondPrimitives(e.left()) && onlyBondPrimitives(e.right());
            case NOT -> onlyBondPrimitives(e.left());
            default -> false;
        };
    }
}
