package io.vscreen.chem.alerts;

import java.util.ArrayList;
import java.util.List;

import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.openscience.cdk.isomorphism.matchers.Expr;
import org.openscience.cdk.isomorphism.matchers.IQueryAtom;
import org.openscience.cdk.isomorphism.matchers.QueryAtom;
import org.openscience.cdk.AtomRef;

/**
 * Merges explicit hydrogen query atoms ({@code [#1]}, {@code [H]}) into their neighbour, the way
 * RDKit's {@code MergeQueryHs} does: a heavy query atom with <i>n</i> hydrogen neighbours loses
 * them and gains the constraint "at least <i>n</i> hydrogens in total" ({@code !H0&!H1...}).
 * Molecules are matched with implicit hydrogens, so an unmerged {@code [#1]} atom could only match
 * a hydrogen drawn as an atom and PAINS written this way would almost never fire. Recursive
 * ({@code $(...)}) sub-queries are merged too; the root atom of a sub-query is left alone.
 */
final class ExplicitHydrogens {
    private ExplicitHydrogens() {
    }

    /** Merges in place; returns the number of hydrogen query atoms removed (recursively). */
    static int merge(IAtomContainer query) {
        return merge(query, false);
    }

    private static int merge(IAtomContainer query, boolean keepRoot) {
        int removed = 0;
        for (IAtom atom : query.atoms()) {
            removed += mergeRecursive(expr(atom));
        }
        List<IAtom> hydrogens = new ArrayList<>();
        List<IBond> hydrogenBonds = new ArrayList<>();
        int[] hCount = new int[query.getAtomCount()];
        for (int i = keepRoot ? 1 : 0; i < query.getAtomCount(); i++) {
            IAtom atom = query.getAtom(i);
            if (!isHydrogen(expr(atom))) {
                continue;
            }
            List<IBond> bonds = query.getConnectedBondsList(atom);
            if (bonds.size() != 1) {
                continue;
            }
            IAtom nbr = bonds.get(0).getOther(atom);
            if (!isHydrogen(expr(nbr))) {
                hydrogens.add(atom);
                hydrogenBonds.add(bonds.get(0));
                hCount[query.indexOf(nbr)]++;
            }
        }
        for (int i = 0; i < hCount.length; i++) {
            if (hCount[i] > 0) {
                Expr e = expr(query.getAtom(i));
                for (int h = 0; h < hCount[i]; h++) {
                    e.and(new Expr(Expr.Type.TOTAL_H_COUNT, h).negate());
                }
            }
        }
        for (IBond b : hydrogenBonds) {
            query.removeBond(b);
        }
        for (IAtom h : hydrogens) {
            query.removeAtom(h);
        }
        return removed + hydrogens.size();
    }

    private static int mergeRecursive(Expr e) {
        if (e == null) {
            return 0;
        }
        switch (e.type()) {
            case AND:
            case OR:
                return mergeRecursive(e.left()) + mergeRecursive(e.right());
            case NOT:
                return mergeRecursive(e.left());
            case RECURSIVE:
                return merge(e.subquery(), true);
            default:
                return 0;
        }
    }

    static boolean isHydrogen(Expr e) {
        return e != null && e.type() == Expr.Type.ELEMENT && e.value() == 1;
    }

    static Expr expr(IAtom atom) {
        IAtom a = AtomRef.deref(atom);
        if (a instanceof QueryAtom q) {
            return q.getExpression();
        }
        if (a instanceof IQueryAtom) {
            throw new IllegalStateException("query atom without an expression: " + a.getClass().getName());
        }
        throw new IllegalStateException("not a query atom: " + a.getClass().getName());
    }
}
