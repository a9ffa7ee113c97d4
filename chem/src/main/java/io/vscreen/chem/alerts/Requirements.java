package io.vscreen.chem.alerts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.openscience.cdk.BondRef;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.openscience.cdk.isomorphism.matchers.Expr;
import org.openscience.cdk.isomorphism.matchers.QueryBond;
import org.openscience.cdk.ringsearch.RingSearch;

/**
 * What a molecule must contain for a query to have any chance of matching, derived once from the
 * compiled query. A substructure match maps query atoms (bonds) one-to-one onto molecule atoms
 * (bonds), and a query atom can only land on an atom of an {@link AtomClass} it does not rule out:
 * neither by its expression, nor by the query's shape (an atom with three query bonds needs three
 * bonds in the molecule; an atom or bond on a cycle of the query lands on a ring atom or bond; an
 * atom with three cyclic query bonds needs three ring bonds). So for every set <i>S</i> of
 * classes, the molecule needs at least as many atoms in <i>S</i> as the query has atoms that can
 * only land in <i>S</i>. The sets checked are the distinct "possible classes" sets of the query's
 * atoms (and likewise for bonds and {@link BondClass}), plus the plain atom and bond counts. Every
 * check is a necessary condition, so skipping a pattern that fails one never loses a match.
 *
 * <p>The arrays are owned by this object and never modified after construction.
 *
 * @param atoms      query atom count (after hydrogen merging)
 * @param bonds      query bond count
 * @param atomMasks  class sets, {@link AtomClass#WORDS} longs each
 * @param atomNeeds  minimum molecule atoms in the matching set
 * @param bondMasks  bond class sets (bits 0-9)
 * @param bondNeeds  minimum molecule bonds in the matching set
 */
record Requirements(int atoms, int bonds, long[] atomMasks, int[] atomNeeds, int[] bondMasks, int[] bondNeeds) {

    static final int ALL_BONDS = (1 << BondClass.COUNT) - 1;

    /** The requirements of a compiled query. */
    static Requirements of(IAtomContainer query) {
        return of(query, possibleClassesPerAtom(query, new HashMap<>()));
    }

    /** The requirements of a compiled query whose atoms' possible classes are already known. */
    static Requirements of(IAtomContainer query, long[][] possible) {
        RingSearch rings = new RingSearch(query);
        Map<List<Long>, Integer> atomReq = new LinkedHashMap<>();
        for (long[] p : possible) {
            if (isAll(p)) {
                continue;
            }
            int need = 0;
            for (long[] q : possible) {
                need += subset(q, p) ? 1 : 0;
            }
            atomReq.put(Arrays.stream(p).boxed().toList(), need);
        }
        List<Integer> bondPossible = new ArrayList<>();
        for (IBond bond : query.bonds()) {
            bondPossible.add(possibleBondClasses(bondExpr(bond), rings.cyclic(bond)));
        }
        Map<Integer, Integer> bondReq = new LinkedHashMap<>();
        for (int p : bondPossible) {
            if (p == ALL_BONDS) {
                continue;
            }
            int need = 0;
            for (int q : bondPossible) {
                need += (q & ~p) == 0 ? 1 : 0;
            }
            bondReq.put(p, need);
        }
        long[] atomMasks = new long[atomReq.size() * AtomClass.WORDS];
        int[] atomNeeds = new int[atomReq.size()];
        int i = 0;
        for (Map.Entry<List<Long>, Integer> e : atomReq.entrySet()) {
            for (int w = 0; w < AtomClass.WORDS; w++) {
                atomMasks[i * AtomClass.WORDS + w] = e.getKey().get(w);
            }
            atomNeeds[i++] = e.getValue();
        }
        int[] bondMasks = new int[bondReq.size()];
        int[] bondNeeds = new int[bondReq.size()];
        i = 0;
        for (Map.Entry<Integer, Integer> e : bondReq.entrySet()) {
            bondMasks[i] = e.getKey();
            bondNeeds[i++] = e.getValue();
        }
        return new Requirements(query.getAtomCount(), query.getBondCount(), atomMasks, atomNeeds, bondMasks, bondNeeds);
    }

    /**
     * For each query atom, the atom classes it may land on, from its expression and from the
     * query's shape (connections, cycles, ring bonds, polycyclic systems).
     */
    static long[][] possibleClassesPerAtom(IAtomContainer query, Map<Expr, byte[]> evaluations) {
        int n = query.getAtomCount();
        RingSearch rings = new RingSearch(query);
        int[] ringBonds = new int[n];
        for (IBond b : query.bonds()) {
            if (rings.cyclic(b)) {
                ringBonds[query.indexOf(b.getBegin())]++;
                ringBonds[query.indexOf(b.getEnd())]++;
            }
        }
        // a query ring system with an atom of three ring bonds can only land in a polycyclic system
        boolean[] polycyclic = new boolean[n];
        for (int[] system : rings.fused()) {
            boolean branched = false;
            for (int a : system) {
                branched |= ringBonds[a] >= 3;
            }
            for (int a : system) {
                polycyclic[a] = branched;
            }
        }
        long[][] possible = new long[n][];
        for (int i = 0; i < n; i++) {
            IAtom atom = query.getAtom(i);
            Expr e = ExplicitHydrogens.expr(atom);
            possible[i] = possibleAtomClasses(evaluations.computeIfAbsent(e, Requirements::evaluateAll),
                    query.getConnectedBondsCount(atom), rings.cyclic(i), ringBonds[i], polycyclic[i]);
        }
        return possible;
    }

    /**
     * For each query atom, the atom classes whose every atom its expression matches
     * ({@link AtomClass#TRUE}): a molecule atom of such a class needs no expression test.
     */
    static long[][] certainClassesPerAtom(IAtomContainer query, Map<Expr, byte[]> evaluations) {
        long[][] certain = new long[query.getAtomCount()][];
        for (int i = 0; i < certain.length; i++) {
            byte[] byClass = evaluations.computeIfAbsent(ExplicitHydrogens.expr(query.getAtom(i)), Requirements::evaluateAll);
            long[] mask = new long[AtomClass.WORDS];
            for (int c = 0; c < AtomClass.COUNT; c++) {
                if (byClass[c] == AtomClass.TRUE) {
                    mask[c >>> 6] |= 1L << (c & 63);
                }
            }
            certain[i] = mask;
        }
        return certain;
    }

    /**
     * The classes of molecule atoms a query atom may land on: those its expression is not FALSE
     * for, that have enough bonds for its {@code degree}, that are ring atoms if it is
     * {@code cyclic} in the query, have three ring bonds if it has three cyclic query bonds, and
     * lie in a polycyclic ring system if it does in the query.
     */
    static long[] possibleAtomClasses(byte[] byBase, int degree, boolean cyclic, int ringBonds, boolean polycyclic) {
        long[] mask = new long[AtomClass.WORDS];
        for (int c = 0; c < AtomClass.COUNT; c++) {
            if (degree >= 3 && !AtomClass.has(c, AtomClass.BRANCHED)
                    || cyclic && !AtomClass.has(c, AtomClass.RING)
                    || ringBonds >= 3 && !AtomClass.has(c, AtomClass.RING_BRANCHED)
                    || polycyclic && !AtomClass.has(c, AtomClass.POLYCYCLIC)) {
                continue;
            }
            if (byBase[c] != AtomClass.FALSE) {
                mask[c >>> 6] |= 1L << (c & 63);
            }
        }
        return mask;
    }

    /**
     * {@link AtomClass#evaluate} for every class. Callers may share results between equal
     * expressions: {@link Expr#equals} ignores a recursive SMARTS' sub-query, and so does the
     * evaluation (always unknown).
     */
    static byte[] evaluateAll(Expr e) {
        boolean shape = AtomClass.dependsOnShape(e);
        byte[] byClass = new byte[AtomClass.COUNT];
        for (int c = 0; c < AtomClass.COUNT; c++) {
            if ((c & AtomClass.SHAPE_FLAGS) == 0 || shape) {
                byClass[c] = AtomClass.evaluate(e, c);
            } else {
                byClass[c] = byClass[c & ~AtomClass.SHAPE_FLAGS];
            }
        }
        return byClass;
    }

    /** The classes of molecule bonds a query bond may land on (ring bonds only if it is cyclic in the query). */
    static int possibleBondClasses(Expr bondExpr, boolean cyclic) {
        int mask = 0;
        for (int c = 0; c < BondClass.COUNT; c++) {
            if (cyclic && !BondClass.isRing(c)) {
                continue;
            }
            if (BondClass.evaluate(bondExpr, c) != AtomClass.FALSE) {
                mask |= 1 << c;
            }
        }
        return mask;
    }

    private static boolean isAll(long[] mask) {
        for (int c = 0; c < AtomClass.COUNT; c++) {
            if ((mask[c >>> 6] & (1L << (c & 63))) == 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean subset(long[] a, long[] b) {
        for (int w = 0; w < a.length; w++) {
            if ((a[w] & ~b[w]) != 0) {
                return false;
            }
        }
        return true;
    }

    private static Expr bondExpr(IBond bond) {
        IBond b = BondRef.deref(bond);
        if (b instanceof QueryBond q) {
            return q.getExpression();
        }
        throw new IllegalStateException("not a query bond: " + b.getClass().getName());
    }
}
