package io.vscreen.chem.descriptors;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.isomorphism.matchers.Expr;
import org.openscience.cdk.isomorphism.matchers.QueryAtom;
import org.openscience.cdk.AtomRef;

/**
 * A necessary condition for a SMARTS pattern to match, checked in a few operations before the
 * full (comparatively costly) subgraph match: every query atom can only map to atoms of certain
 * (element, aromatic) kinds, so the molecule must hold, for each query atom, at least as many
 * atoms of its kinds as the pattern has query atoms restricted to a subset of those kinds.
 * A pattern with an atom that can only match a charged atom also needs a charged atom.
 * The kinds are an over-approximation worked out from the query expressions (element and
 * aromaticity primitives combined by AND/OR/NOT, recursive SMARTS by their first atom; any other
 * primitive allows every kind), so the
 * screen never rejects a molecule the pattern matches.
 */
final class ElementScreen {
    /** Kind index: 2 * atomic number + (aromatic ? 1 : 0). */
    static final int KINDS = 2 * 128;

    private final BitSet[] sets;
    private final int[] needed;
    private final boolean chargeNeeded;

    private ElementScreen(BitSet[] sets, int[] needed, boolean chargeNeeded) {
        this.sets = sets;
        this.needed = needed;
        this.chargeNeeded = chargeNeeded;
    }

    /** Whether some query atom can only match a charged atom (the molecule must have one). */
    boolean needsCharge() {
        return chargeNeeded;
    }

    static int kind(int atomicNumber, boolean aromatic) {
        return 2 * Math.min(Math.max(atomicNumber, 0), 127) + (aromatic ? 1 : 0);
    }

    /** The screen of a parsed query (atoms are {@link QueryAtom}s holding expressions). */
    static ElementScreen of(IAtomContainer query) {
        List<BitSet> all = new ArrayList<>();
        boolean charge = false;
        for (IAtom atom : query.atoms()) {
            IAtom a = AtomRef.deref(atom);
            BitSet s = a instanceof QueryAtom q ? kinds(q.getExpression()) : everything();
            all.add(s);
            charge |= a instanceof QueryAtom q && requiresCharge(q.getExpression());
        }
        // distinct sets, each with the number of query atoms that must map into it
        List<BitSet> distinct = new ArrayList<>();
        for (BitSet s : all) {
            if (!distinct.contains(s) && s.cardinality() < KINDS) {
                distinct.add(s);
            }
        }
        int[] needed = new int[distinct.size()];
        for (int i = 0; i < distinct.size(); i++) {
            for (BitSet s : all) {
                BitSet inside = (BitSet) s.clone();
                inside.andNot(distinct.get(i));
                if (inside.isEmpty()) {
                    needed[i]++;
                }
            }
        }
        return new ElementScreen(distinct.toArray(new BitSet[0]), needed, charge);
    }

    /** Whether the pattern can match a molecule with these atom counts per kind. */
    boolean admits(int[] kindCounts, int[] presentKinds, int presentCount) {
        for (int i = 0; i < sets.length; i++) {
            int have = 0;
            BitSet s = sets[i];
            for (int k = 0; k < presentCount; k++) {
                int kind = presentKinds[k];
                if (s.get(kind)) {
                    have += kindCounts[kind];
                }
            }
            if (have < needed[i]) {
                return false;
            }
        }
        return true;
    }

    /** The kinds a query atom can match (every kind for a non-query atom). */
    static BitSet kindsOf(IAtom atom) {
        IAtom a = AtomRef.deref(atom);
        return a instanceof QueryAtom q ? kinds(q.getExpression()) : everything();
    }

    private static BitSet everything() {
        BitSet s = new BitSet(KINDS);
        s.set(0, KINDS);
        return s;
    }

    /** Over-approximation of the kinds an expression can match; exact for element/aromatic logic. */
    private static BitSet kinds(Expr e) {
        BitSet s = new BitSet(KINDS);
        switch (e.type()) {
            case TRUE -> s.set(0, KINDS);
            case FALSE -> { }
            case ELEMENT -> {
                s.set(kind(e.value(), false));
                s.set(kind(e.value(), true));
            }
            case ALIPHATIC_ELEMENT -> s.set(kind(e.value(), false));
            case AROMATIC_ELEMENT -> s.set(kind(e.value(), true));
            case IS_AROMATIC -> {
                for (int k = 1; k < KINDS; k += 2) {
                    s.set(k);
                }
            }
            case IS_ALIPHATIC -> {
                for (int k = 0; k < KINDS; k += 2) {
                    s.set(k);
                }
            }
            case IS_HETERO -> {
                s.set(0, KINDS);
                s.clear(kind(1, false), kind(1, true) + 1);
                s.clear(kind(6, false), kind(6, true) + 1);
            }
            case AND -> {
                s = kinds(e.left());
                s.and(kinds(e.right()));
            }
            case OR -> {
                s = kinds(e.left());
                s.or(kinds(e.right()));
            }
            case NOT -> {
                if (isExact(e.left())) {
                    s = kinds(e.left());
                    s.flip(0, KINDS);
                } else {
                    s.set(0, KINDS);
                }
            }
            case RECURSIVE -> {
                // $(...) matches where its first atom matches (CDK's DfPattern.matchesRoot)
                IAtomContainer sub = e.subquery();
                if (sub == null || sub.isEmpty()) {
                    s.set(0, KINDS);
                } else {
                    s = kindsOf(sub.getAtom(0));
                }
            }
            default -> s.set(0, KINDS);
        }
        return s;
    }

    /** Whether every atom the expression matches has a non-zero formal charge. */
    static boolean requiresCharge(Expr e) {
        return switch (e.type()) {
            case FORMAL_CHARGE -> e.value() != 0;
            case AND -> requiresCharge(e.left()) || requiresCharge(e.right());
            case OR -> requiresCharge(e.left()) && requiresCharge(e.right());
            case RECURSIVE -> e.subquery() != null && !e.subquery().isEmpty()
                    && AtomRef.deref(e.subquery().getAtom(0)) instanceof QueryAtom q && requiresCharge(q.getExpression());
            default -> false;
        };
    }

    private static boolean isExact(Expr e) {
        return switch (e.type()) {
            case TRUE, FALSE, ELEMENT, ALIPHATIC_ELEMENT, AROMATIC_ELEMENT, IS_AROMATIC, IS_ALIPHATIC, IS_HETERO -> true;
            case AND, OR -> isExact(e.left()) && isExact(e.right());
            case NOT -> isExact(e.left());
            default -> false;
        };
    }
}
