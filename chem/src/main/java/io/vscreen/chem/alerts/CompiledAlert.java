package io.vscreen.chem.alerts;

import org.openscience.cdk.interfaces.IAtomContainer;

/**
 * What the catalog works out once per alert and every {@link AlertMatcher} reuses: the
 * pre-screen {@link Requirements}, the {@link SearchOrder} of the query atoms and, in that order,
 * the atom classes each query atom may land on. The arrays are never modified after construction.
 *
 * @param requirements    the pre-screen
 * @param searchOrder     {@code searchOrder[k]} = index, in the compiled query, of the k-th atom searched
 * @param possibleClasses per searched atom, the {@link AtomClass}es it may land on
 */
record CompiledAlert(Requirements requirements, int[] searchOrder, long[][] possibleClasses) {

    static CompiledAlert of(IAtomContainer query) {
        int[] order = SearchOrder.order(query);
        long[][] possible = Requirements.possibleClassesPerAtom(SearchOrder.apply(query, order));
        return new CompiledAlert(Requirements.of(query), order, possible);
    }
}
