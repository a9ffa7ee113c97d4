package io.vscreen.chem.alerts;

import java.util.ArrayList;
import java.util.List;

import org.openscience.cdk.graph.Cycles;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.isomorphism.Pattern;
import org.openscience.cdk.smarts.SmartsPattern;

/**
 * Finds which alerts of an {@link AlertCatalog} a molecule raises. Not thread-safe: create one
 * per thread with {@link AlertCatalog#newMatcher()} and reuse it for every molecule.
 *
 * <p>What {@link #match(IAtomContainer)} expects of the molecule: implicit hydrogen counts set
 * (as {@code io.vscreen.chem.MoleculeParser} leaves them) and aromaticity already perceived with
 * the Daylight model (as the standardizer does; {@link #prepare(IAtomContainer)} does it for a
 * molecule that has not been through it). The matcher itself marks ring atoms and bonds, which
 * the ring primitives of the SMARTS need, so it sets the molecule's ring flags; nothing else in
 * the molecule is changed.
 *
 * <p>Before any substructure search a molecule profile (atoms per element / aromatic / charged /
 * ring / connectivity class, bonds per order / ring class) is compared with each pattern's
 * {@link Requirements}; only patterns the molecule could satisfy are searched, each from its most
 * selective atom ({@link SearchOrder}) by a {@link SubstructureSearch} that shares the molecule's
 * adjacency between patterns.
 */
public final class AlertMatcher {
    private final List<Alert> alerts;
    private final Requirements[] requirements;
    private final QueryPlan[] plans;
    private final Pattern[] patterns;
    private final boolean preScreen;
    private final MoleculeProfile profile = new MoleculeProfile();
    private final RingMembership rings = new RingMembership();
    private final SubstructureSearch search = new SubstructureSearch();
    private long searched;
    private long skipped;

    AlertMatcher(AlertCatalog catalog, boolean preScreen) {
        this.alerts = catalog.alerts();
        this.requirements = catalog.requirements().toArray(new Requirements[0]);
        this.plans = preScreen ? new QueryPlan[alerts.size()] : null;
        this.patterns = preScreen ? null : new Pattern[alerts.size()];
        for (int i = 0; i < alerts.size(); i++) {
            IAtomContainer query = AlertQuery.compile(alerts.get(i));
            if (preScreen) {
                plans[i] = AlertQuery.plan(query, rings);
            } else {
                patterns[i] = AlertQuery.writtenOrderPattern(query);
            }
        }
        this.preScreen = preScreen;
    }

    /**
     * Applies what SMARTS matching needs to a molecule that has not been standardized: ring
     * flags and Daylight aromaticity (this replaces any aromaticity flags already set).
     */
    public static void prepare(IAtomContainer mol) {
        SmartsPattern.prepare(mol);
    }

    /** The alerts {@code mol} raises, in catalog order; empty if none. */
    public List<Alert> match(IAtomContainer mol) {
        if (alerts.isEmpty()) {
            return List.of();
        }
        Cycles.markRingAtomsAndBonds(mol);
        rings.reset();
        List<Alert> hits = new ArrayList<>(4);
        if (preScreen) {
            profile.reset(mol);
            search.setMolecule(mol, profile.atomClasses());
            try {
                for (int i = 0; i < plans.length; i++) {
                    if (!profile.mayMatch(requirements[i])) {
                        skipped++;
                        continue;
                    }
                    searched++;
                    if (search.matches(plans[i])) {
                        hits.add(alerts.get(i));
                    }
                }
            } finally {
                search.clear();
                rings.reset();
            }
        } else {
            for (int i = 0; i < patterns.length; i++) {
                searched++;
                if (patterns[i].matches(mol)) {
                    hits.add(alerts.get(i));
                }
            }
        }
        return hits.isEmpty() ? List.of() : List.copyOf(hits);
    }

    /** Patterns searched since this matcher was made (the rest were skipped by the pre-screen). */
    public long patternsSearched() {
        return searched;
    }

    /** Patterns the pre-screen skipped since this matcher was made. */
    public long patternsSkipped() {
        return skipped;
    }
}
