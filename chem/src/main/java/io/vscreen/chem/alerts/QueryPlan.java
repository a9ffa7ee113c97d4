package io.vscreen.chem.alerts;

import java.util.ArrayList;
import java.util.List;

import org.openscience.cdk.AtomRef;
import org.openscience.cdk.BondRef;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.openscience.cdk.isomorphism.matchers.Expr;
import org.openscience.cdk.isomorphism.matchers.IQueryAtom;
import org.openscience.cdk.isomorphism.matchers.QueryBond;

/**
 * A query laid out for {@link SubstructureSearch}: atoms in search order (as {@link SearchOrder}
 * numbered them), each non-root atom reached from an earlier "parent" atom through a tree bond,
 * and any further bonds to earlier atoms checked as ring closures. Holds the query's own atom and
 * bond objects, so it belongs to one matcher (one thread).
 */
final class QueryPlan {
    final int size;
    final IQueryAtom[] atoms;
    /** Earlier atom the k-th is reached from, or -1 for the first atom of a component. */
    final int[] parent;
    final Bond[] parentBond;
    /** Earlier atoms (other than the parent) bonded to the k-th atom, and those bonds. */
    final int[][] closureAtoms;
    final Bond[][] closureBonds;
    /** The atom classes each query atom may land on ({@link Requirements#possibleClassesPerAtom}). */
    final long[][] possibleClasses;
    /** The atom classes each query atom matches whatever the atom ({@link Requirements#certainClassesPerAtom}). */
    final long[][] certainClasses;
    /** Atoms whose expression holds a recursive SMARTS: costly to test, so results are remembered. */
    final boolean[] recursive;
    /** Every query bond of each atom, for the cheap "has a fitting bond" test before a costly atom test. */
    final Bond[][] bondsOf;

    /**
     * A query bond with the {@link BondClass}es it matches whatever the bond and those it may
     * match: only a bond of an undecided class needs the expression test.
     */
    static final class Bond {
        final Expr expr;
        private final int certain;
        private final int possible;

        Bond(Expr expr) {
            this.expr = expr;
            int t = 0;
            int p = 0;
            for (int c = 0; c < BondClass.COUNT; c++) {
                byte v = BondClass.evaluate(expr, c);
                t |= v == AtomClass.TRUE ? 1 << c : 0;
                p |= v != AtomClass.FALSE ? 1 << c : 0;
            }
            this.certain = t;
            this.possible = p;
        }

        /** Whether it matches {@code bond}, of class {@code cls}. */
        boolean matches(IBond bond, int cls) {
            int bit = 1 << cls;
            return (certain & bit) != 0 || (possible & bit) != 0 && expr.matches(bond);
        }
    }

    /** A plan for {@code query}, already in search order, with its atoms' possible and certain classes. */
    QueryPlan(IAtomContainer query, long[][] possibleClasses, long[][] certainClasses) {
        size = query.getAtomCount();
        atoms = new IQueryAtom[size];
        parent = new int[size];
        parentBond = new Bond[size];
        closureAtoms = new int[size][];
        closureBonds = new Bond[size][];
        this.possibleClasses = possibleClasses;
        this.certainClasses = certainClasses;
        recursive = new boolean[size];
        bondsOf = new Bond[size][];
        for (int k = 0; k < size; k++) {
            IAtom atom = query.getAtom(k);
            atoms[k] = (IQueryAtom) AtomRef.deref(atom);
            parent[k] = -1;
            List<Integer> earlier = new ArrayList<>();
            List<Bond> earlierBonds = new ArrayList<>();
            for (IBond b : query.getConnectedBondsList(atom)) {
                int other = query.indexOf(b.getOther(atom));
                if (other < k) {
                    earlier.add(other);
                    earlierBonds.add(new Bond(((QueryBond) BondRef.deref(b)).getExpression()));
                }
            }
            if (!earlier.isEmpty()) {
                // the most recently placed neighbour: its image is where the search currently is
                int best = 0;
                for (int i = 1; i < earlier.size(); i++) {
                    if (earlier.get(i) > earlier.get(best)) {
                        best = i;
                    }
                }
                parent[k] = earlier.remove(best);
                parentBond[k] = earlierBonds.remove(best);
            }
            recursive[k] = hasRecursive(ExplicitHydrogens.expr(atom));
            bondsOf[k] = query.getConnectedBondsList(atom).stream()
                    .map(b -> new Bond(((QueryBond) BondRef.deref(b)).getExpression())).toArray(Bond[]::new);
            closureAtoms[k] = earlier.stream().mapToInt(Integer::intValue).toArray();
            closureBonds[k] = earlierBonds.toArray(new Bond[0]);
        }
    }

    private static boolean hasRecursive(Expr e) {
        switch (e.type()) {
            case AND:
            case OR:
                return hasRecursive(e.left()) || hasRecursive(e.right());
            case NOT:
                return hasRecursive(e.left());
            case RECURSIVE:
                return true;
            default:
                return false;
        }
    }
}
