package io.vscreen.chem.alerts;

import java.util.Map;

import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.isomorphism.matchers.Expr;

/**
 * What the catalog works out once per alert and every {@link AlertMatcher} reuses: the
 * pre-screen {@link Requirements}, the {@link SearchOrder} of the query atoms and, in that order,
 * the atom classes each query atom may land on. The arrays are never modified after construction.
 *
 * @param requirements    the pre-screen
 * @param searchOrder     {@code searchOrder[k]} = index, in the compiled query, of the k-th atom searched
 * @param possibleClasses per searched atom, the {@link AtomClass}es it may land on
 * @param certainClasses  per searched atom, the {@link AtomClass}es every atom of which it matches
 */
record CompiledAlert(Requirements requirements, int[] searchOrder, long[][] possibleClasses, long[][] certainClasses) {

    /**
     * Works out the alert's pre-screen and search layout; {@code evaluations} caches class
     * evaluations of equal atom expressions across the alerts of one catalog load.
     */
    static CompiledAlert of(IAtomContainer query, Map<Expr, byte[]> evaluations) {
        int[] order = SearchOrder.order(query);
        IAtomContainer ordered = SearchOrder.apply(query, order);
        long[][] possible = Requirements.possibleClassesPerAtom(ordered, evaluations);
        long[][] certain = Requirements.certainClassesPerAtom(ordered, evaluations);
        return new CompiledAlert(Requirements.of(ordered, possible), order, possible, certain);
    }
}
