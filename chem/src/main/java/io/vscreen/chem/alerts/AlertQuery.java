package io.vscreen.chem.alerts;

import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.isomorphism.DfPattern;
import org.openscience.cdk.isomorphism.Pattern;
import org.openscience.cdk.isomorphism.matchers.Expr;
import org.openscience.cdk.isomorphism.matchers.QueryAtomContainer;
import org.openscience.cdk.silent.SilentChemObjectBuilder;
import org.openscience.cdk.smarts.Smarts;

/**
 * Turns an alert's SMARTS into the query that is actually matched: parsed by CDK, explicit
 * hydrogens merged into their neighbours ({@link ExplicitHydrogens}). Compiled queries carry
 * lazily built matching state (recursive SMARTS), so every {@link AlertMatcher} compiles its own.
 */
final class AlertQuery {
    /** Property key CDK's SMARTS parser sets for component-level grouping, {@code (C).(C)}. */
    private static final String COMPONENT_GROUPING = "COMPONENT.GROUPING";

    private AlertQuery() {
    }

    /** The merged query for one alert; IllegalArgumentException naming the alert if it does not parse. */
    static IAtomContainer compile(Alert alert) {
        IAtomContainer query = new QueryAtomContainer(SilentChemObjectBuilder.getInstance());
        if (!Smarts.parse(query, alert.smarts())) {
            throw new IllegalArgumentException("alert " + alert.id() + ": cannot parse SMARTS '" + alert.smarts()
                    + "': " + Smarts.getLastErrorMesg());
        }
        if (query.stereoElements().iterator().hasNext() || query.getProperty(COMPONENT_GROUPING) != null) {
            // the alert search (SubstructureSearch) does not check stereo or component grouping
            throw new IllegalArgumentException("alert " + alert.id() + ": stereo or component-grouped SMARTS are not "
                    + "supported as alerts: '" + alert.smarts() + "'");
        }
        ExplicitHydrogens.merge(query);
        return query;
    }

    /**
     * The compiled query laid out for {@link SubstructureSearch} in the catalog's search order,
     * ring counts answered from {@code rings}.
     */
    static QueryPlan plan(IAtomContainer query, CompiledAlert compiled, RingMembership rings) {
        IAtomContainer ordered = SearchOrder.apply(query, compiled.searchOrder());
        useRingMembership(ordered, rings);
        return new QueryPlan(ordered, compiled.possibleClasses(), compiled.certainClasses());
    }

    /** Compiles {@code alert} and lays it out: for tests and tools that need a single plan. */
    static QueryPlan plan(Alert alert, RingMembership rings) {
        IAtomContainer query = compile(alert);
        return plan(query, CompiledAlert.of(query, new java.util.HashMap<>()), rings);
    }

    /** Replaces every atom using {@code R<n>}, here and in recursive sub-queries, by a {@link RingCountAtom}. */
    private static void useRingMembership(IAtomContainer query, RingMembership rings) {
        for (int i = 0; i < query.getAtomCount(); i++) {
            Expr e = ExplicitHydrogens.expr(query.getAtom(i));
            forEachSubquery(e, sub -> useRingMembership(sub, rings));
            if (RingCountAtom.usesRingCount(e)) {
                query.setAtom(i, new RingCountAtom(e, rings));
            }
        }
    }

    private static void forEachSubquery(Expr e, java.util.function.Consumer<IAtomContainer> action) {
        switch (e.type()) {
            case AND, OR -> {
                forEachSubquery(e.left(), action);
                forEachSubquery(e.right(), action);
            }
            case NOT -> forEachSubquery(e.left(), action);
            case RECURSIVE -> action.accept(e.subquery());
            default -> { }
        }
    }

    /** A pattern searched in the query's written order: the plain reference the tests compare with. */
    static Pattern writtenOrderPattern(IAtomContainer query) {
        return DfPattern.findSubstructure(query);
    }
}
