package io.vscreen.chem.alerts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.openscience.cdk.BondRef;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.openscience.cdk.isomorphism.matchers.Expr;
import org.openscience.cdk.isomorphism.matchers.QueryBond;

/**
 * What a molecule must contain for a query to have any chance of matching, derived once from the
 * compiled query. A substructure match maps query atoms (bonds) one-to-one onto molecule atoms
 * (bonds), and a query atom can only land on an atom whose {@link AtomClass} it does not rule out.
 * So for every set <i>S</i> of classes, the molecule needs at least as many atoms in <i>S</i> as
 * the query has atoms that can only land in <i>S</i>. The sets checked are the distinct
 * "possible classes" sets of the query's atoms (and likewise for bonds), plus the plain atom and
 * bond counts. Every check is a necessary condition, so skipping a pattern that fails one never
 * loses a match.
 *
 * @param atoms      query atom count (after hydrogen merging)
 * @param bonds      query bond count
 * @param atomMasks  class sets, two longs each (classes 0-63, 64-111)
 * @param atomNeeds  minimum molecule atoms in the matching set
 * @param bondMasks  bond class sets (bits 0-9)
 * @param bondNeeds  minimum molecule bonds in the matching set
 */
record Requirements(int atoms, int bonds, long[] atomMasks, int[] atomNeeds, int[] bondMasks, int[] bondNeeds) {

    static Requirements of(IAtomContainer query) {
        return of(query, false);
    }

    /**
     * Requirements for molecules in general, or (with {@code simpleRings}) for molecules without
     * any atom having three or more ring bonds (see {@link AtomClass#evaluate(Expr, int, boolean)}).
     */
    static Requirements of(IAtomContainer query, boolean simpleRings) {
        int n = query.getAtomCount();
        long[][] possible = new long[n][];
        for (int i = 0; i < n; i++) {
            possible[i] = possibleAtomClasses(ExplicitHydrogens.expr(query.getAtom(i)), simpleRings);
        }
        Map<List<Long>, Integer> atomReq = new LinkedHashMap<>();
        for (long[] p : possible) {
            if (p[0] == ALL_LO && p[1] == ALL_HI) {
                continue;
            }
            int need = 0;
            for (long[] q : possible) {
                if ((q[0] & ~p[0]) == 0 && (q[1] & ~p[1]) == 0) {
                    need++;
                }
            }
            atomReq.put(List.of(p[0], p[1]), need);
        }
        List<Integer> bondPossible = new ArrayList<>();
        for (IBond bond : query.bonds()) {
            bondPossible.add(possibleBondClasses(bondExpr(bond)));
        }
        Map<Integer, Integer> bondReq = new LinkedHashMap<>();
        for (int p : bondPossible) {
            if (p == ALL_BONDS) {
                continue;
            }
            int need = 0;
            for (int q : bondPossible) {
                if ((q & ~p) == 0) {
                    need++;
                }
            }
            bondReq.put(p, need);
        }
        long[] atomMasks = new long[atomReq.size() * 2];
        int[] atomNeeds = new int[atomReq.size()];
        int i = 0;
        for (Map.Entry<List<Long>, Integer> e : atomReq.entrySet()) {
            atomMasks[2 * i] = e.getKey().get(0);
            atomMasks[2 * i + 1] = e.getKey().get(1);
            atomNeeds[i++] = e.getValue();
        }
        int[] bondMasks = new int[bondReq.size()];
        int[] bondNeeds = new int[bondReq.size()];
        i = 0;
        for (Map.Entry<Integer, Integer> e : bondReq.entrySet()) {
            bondMasks[i] = e.getKey();
            bondNeeds[i++] = e.getValue();
        }
        return new Requirements(n, query.getBondCount(), atomMasks, atomNeeds, bondMasks, bondNeeds);
    }

    static final long ALL_LO = -1L;
    static final long ALL_HI = (1L << (AtomClass.COUNT - 64)) - 1;
    static final int ALL_BONDS = (1 << BondClass.COUNT) - 1;

    /** The classes of atoms an atom expression may match (those it is not FALSE for). */
    static long[] possibleAtomClasses(Expr e, boolean simpleRings) {
        long lo = 0;
        long hi = 0;
        for (int c = 0; c < AtomClass.COUNT; c++) {
            if (AtomClass.evaluate(e, c, simpleRings) != AtomClass.FALSE) {
                if (c < 64) {
                    lo |= 1L << c;
                } else {
                    hi |= 1L << (c - 64);
                }
            }
        }
        return new long[] {lo, hi};
    }

    static int possibleBondClasses(Expr bondExpr) {
        int mask = 0;
        for (int c = 0; c < BondClass.COUNT; c++) {
            if (BondClass.evaluate(bondExpr, c) != AtomClass.FALSE) {
                mask |= 1 << c;
            }
        }
        return mask;
    }

    private static Expr bondExpr(IBond bond) {
        IBond b = BondRef.deref(bond);
        if (b instanceof QueryBond q) {
            return q.getExpression();
        }
        throw new IllegalStateException("not a query bond: " + b.getClass().getName());
    }
}
