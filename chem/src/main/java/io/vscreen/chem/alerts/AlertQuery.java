package io.vscreen.chem.alerts;

import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.isomorphism.DfPattern;
import org.openscience.cdk.isomorphism.Pattern;
import org.openscience.cdk.isomorphism.matchers.QueryAtomContainer;
import org.openscience.cdk.silent.SilentChemObjectBuilder;
import org.openscience.cdk.smarts.Smarts;

/**
 * Turns an alert's SMARTS into the query that is actually matched: parsed by CDK, explicit
 * hydrogens merged into their neighbours ({@link ExplicitHydrogens}). Compiled queries carry
 * lazily built matching state (recursive SMARTS), so every {@link AlertMatcher} compiles its own.
 */
final class AlertQuery {
    private AlertQuery() {
    }

    /** The merged query for one alert; IllegalArgumentException naming the alert if it does not parse. */
    static IAtomContainer compile(Alert alert) {
        IAtomContainer query = new QueryAtomContainer(SilentChemObjectBuilder.getInstance());
        if (!Smarts.parse(query, alert.smarts())) {
            throw new IllegalArgumentException("alert " + alert.id() + ": cannot parse SMARTS '" + alert.smarts()
                    + "': " + Smarts.getLastErrorMesg());
        }
        ExplicitHydrogens.merge(query);
        return query;
    }

    /**
     * A substructure pattern for a compiled query, searched in {@link SearchOrder} (no molecule
     * preparation: see {@link AlertMatcher}).
     */
    static Pattern pattern(IAtomContainer query) {
        return DfPattern.findSubstructure(SearchOrder.reorder(query));
    }

    /** A pattern searched in the query's written order: the plain reference the tests compare with. */
    static Pattern writtenOrderPattern(IAtomContainer query) {
        return DfPattern.findSubstructure(query);
    }
}
