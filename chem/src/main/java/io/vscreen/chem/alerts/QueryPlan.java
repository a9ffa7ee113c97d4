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
    final Expr[] parentBond;
    /** Earlier atoms (other than the parent) bonded to the k-th atom, and those bonds. */
    final int[][] closureAtoms;
    final Expr[][] closureBonds;
    /** The atom classes each query atom may land on ({@link Requirements#possibleClassesPerAtom}). */
    final long[][] possibleClasses;
    /** Atoms whose expression holds a recursive SMARTS: costly to test, so results are remembered. */
    final boolean[] recursive;
    /** Every query bond of each atom, for the cheap "has a fitting bond" test before a costly atom test. */
    final Expr[][] bondsOf;

    /** A plan for {@code query}, already in search order, with its atoms' possible classes. */
    QueryPlan(IAtomContainer query, long[][] possibleClasses) {
        size = query.getAtomCount();
        atoms = new IQueryAtom[size];
        parent = new int[size];
        parentBond = new Expr[size];
        closureAtoms = new int[size][];
        closureBonds = new Expr[size][];
        this.possibleClasses = possibleClasses;
        recursive = new boolean[size];
        bondsOf = new Expr[size][];
        for (int k = 0; k < size; k++) {
            IAtom atom = query.getAtom(k);
            atoms[k] = (IQueryAtom) AtomRef.deref(atom);
            parent[k] = -1;
            List<Integer> earlier = new ArrayList<>();
            List<Expr> earlierBonds = new ArrayList<>();
            for (IBond b : query.getConnectedBondsList(atom)) {
                int other = query.indexOf(b.getOther(atom));
                if (other < k) {
                    earlier.add(other);
                    earlierBonds.add(((QueryBond) BondRef.deref(b)).getExpression());
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
                    .map(b -> ((QueryBond) BondRef.deref(b)).getExpression()).toArray(Expr[]::new);
            closureAtoms[k] = earlier.stream().mapToInt(Integer::intValue).toArray();
            closureBonds[k] = earlierBonds.toArray(new Expr[0]);
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
