package io.vscreen.chem.alerts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.openscience.cdk.isomorphism.matchers.Expr;
import org.openscience.cdk.isomorphism.matchers.QueryAtom;
import org.openscience.cdk.isomorphism.matchers.QueryAtomContainer;
import org.openscience.cdk.isomorphism.matchers.QueryBond;
import org.openscience.cdk.silent.SilentChemObjectBuilder;

/**
 * Renumbers a query so CDK's depth-first matcher starts from its most selective atom and always
 * extends the match to the most selective neighbour first. CDK's {@code DfPattern} walks the query
 * depth-first from atom 0 following each atom's bonds in stored order; a SMARTS written as
 * {@code c1ccccc1OC(=O)...} would otherwise try every benzene embedding before it looks for the
 * rare atoms. The graph and every expression are unchanged, so the matches are the same; only the
 * search order (and so the speed) differs.
 *
 * <p>Selectivity is estimated from the element / aromatic / charge classes an atom may match,
 * weighted by rough frequencies of those atoms in drug-like molecules, halved for each further
 * constraint (hydrogen count, degree, ring size, ...). It only has to rank atoms sensibly.
 */
final class SearchOrder {
    private SearchOrder() {
    }

    /**
     * The search order: {@code order[k]} is the index in {@code query} of the atom searched k-th
     * (a depth-first preorder from the most selective atom, most selective neighbours first).
     */
    static int[] order(IAtomContainer query) {
        int n = query.getAtomCount();
        double[] score = new double[n];
        for (int i = 0; i < n; i++) {
            IAtom a = query.getAtom(i);
            score[i] = frequency(ExplicitHydrogens.expr(a)) / (1 + 0.25 * query.getConnectedBondsCount(a));
        }
        List<List<Integer>> nbrs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            List<Integer> list = new ArrayList<>();
            for (IBond b : query.getConnectedBondsList(query.getAtom(i))) {
                list.add(query.indexOf(b.getOther(query.getAtom(i))));
            }
            list.sort(Comparator.comparingDouble(j -> score[j]));
            nbrs.add(list);
        }
        // depth-first preorder: each component from its most selective atom, rarest components first
        Integer[] byScore = new Integer[n];
        for (int i = 0; i < n; i++) {
            byScore[i] = i;
        }
        Arrays.sort(byScore, Comparator.comparingDouble(i -> score[i]));
        int[] order = new int[n];
        int[] rank = new int[n];
        Arrays.fill(rank, -1);
        int next = 0;
        for (int root : byScore) {
            if (rank[root] < 0) {
                next = visit(root, nbrs, rank, order, next);
            }
        }
        return order;
    }

    /**
     * A copy of {@code query} with its atoms numbered by {@code order} (same expressions, same
     * bonds); each atom lists its bonds to later atoms in search order, so a depth-first walk
     * over the copy from atom 0 follows that order.
     */
    static IAtomContainer apply(IAtomContainer query, int[] order) {
        int n = order.length;
        int[] rank = new int[n];
        for (int k = 0; k < n; k++) {
            rank[order[k]] = k;
        }
        QueryAtomContainer out = new QueryAtomContainer(SilentChemObjectBuilder.getInstance());
        IAtom[] atoms = new IAtom[n];
        for (int k = 0; k < n; k++) {
            QueryAtom copy = new QueryAtom(ExplicitHydrogens.expr(query.getAtom(order[k])));
            out.addAtom(copy);
            atoms[k] = out.getAtom(k);
        }
        // bonds sorted by the preorder rank of their later-visited end: each atom then lists its
        // bonds to children in visiting order, so DfPattern's walk reproduces this order
        List<IBond> bonds = new ArrayList<>();
        query.bonds().forEach(bonds::add);
        bonds.sort(Comparator.comparingInt((IBond b) -> Math.max(rank[query.indexOf(b.getBegin())],
                rank[query.indexOf(b.getEnd())])).thenComparingInt(b -> Math.min(rank[query.indexOf(b.getBegin())],
                rank[query.indexOf(b.getEnd())])));
        for (IBond b : bonds) {
            Expr e = ((QueryBond) org.openscience.cdk.BondRef.deref(b)).getExpression();
            out.addBond(new QueryBond(atoms[rank[query.indexOf(b.getBegin())]], atoms[rank[query.indexOf(b.getEnd())]], e));
        }
        return out;
    }

    private static int visit(int atom, List<List<Integer>> nbrs, int[] rank, int[] order, int next) {
        rank[atom] = next;
        order[next++] = atom;
        for (int nbr : nbrs.get(atom)) {
            if (rank[nbr] < 0) {
                next = visit(nbr, nbrs, rank, order, next);
            }
        }
        return next;
    }

    /** Rough share of drug-like heavy atoms in each {@link AtomClass} element group (H..Se, other). */
    private static final double[] GROUP_SHARE = {
        0.002, 0.72, 0.12, 0.11, 0.015, 0.001, 0.02, 0.01, 0.003, 0.0005, 0.0002, 0.0002, 0.0001, 0.0002};

    /** Estimated chance that a random drug-like atom satisfies {@code e}. */
    static double frequency(Expr e) {
        double sum = 0;
        for (int c = 0; c < AtomClass.COUNT; c++) {
            if ((c & AtomClass.SHAPE_FLAGS) != 0) {
                continue; // ranked by element, aromaticity, charge and ring membership only
            }
            if (possible(e, c)) {
                boolean aromatic = AtomClass.has(c, AtomClass.AROMATIC);
                boolean charged = AtomClass.has(c, AtomClass.CHARGED);
                boolean ring = AtomClass.has(c, AtomClass.RING);
                double share = GROUP_SHARE[c / 64];
                share *= aromatic ? 0.4 : 0.6;
                share *= charged ? 0.02 : 0.98;
                share *= aromatic ? (ring ? 1 : 0) : (ring ? 0.4 : 0.6);
                sum += share;
            }
        }
        return sum * extraConstraints(e);
    }

    private static boolean possible(Expr e, int baseClass) {
        if (!AtomClass.dependsOnShape(e)) {
            return AtomClass.evaluate(e, baseClass) != AtomClass.FALSE;
        }
        for (int shape = 0; shape <= AtomClass.SHAPE_FLAGS; shape++) {
            if ((shape & ~AtomClass.SHAPE_FLAGS) == 0 && AtomClass.evaluate(e, baseClass | shape) != AtomClass.FALSE) {
                return true;
            }
        }
        return false;
    }

    private static double extraConstraints(Expr e) {
        switch (e.type()) {
            case AND:
                return extraConstraints(e.left()) * extraConstraints(e.right());
            case OR:
                return Math.min(1, extraConstraints(e.left()) + extraConstraints(e.right()));
            case NOT:
            case TRUE:
            case FALSE:
            case RECURSIVE:
            case ELEMENT:
            case ALIPHATIC_ELEMENT:
            case AROMATIC_ELEMENT:
            case IS_AROMATIC:
            case IS_ALIPHATIC:
            case IS_IN_RING:
            case IS_IN_CHAIN:
            case IS_HETERO:
            case FORMAL_CHARGE:
                return 1;
            default:
                return 0.5;
        }
    }
}
