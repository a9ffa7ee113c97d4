package io.vscreen.chem.alerts;

import org.openscience.cdk.interfaces.IAtomContainer;

/**
 * The pre-screen of one alert pattern: its {@link Requirements} for molecules in general and for
 * molecules with only simple rings (no atom with three or more ring bonds), where ring-count
 * primitives such as {@code R2} are decided without a ring perception.
 */
record PatternScreen(Requirements anyRings, Requirements simpleRings) {

    static PatternScreen of(IAtomContainer query) {
        Requirements any = Requirements.of(query, false);
        Requirements simple = Requirements.of(query, true);
        return new PatternScreen(any, simple);
    }

    Requirements forMolecule(boolean onlySimpleRings) {
        return onlySimpleRings ? simpleRings : anyRings;
    }
}
