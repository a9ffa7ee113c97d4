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
 * <p>What {@link #match(IAtomContainer)} expects of the molecule:
 * <ul>
 * <li>implicit hydrogen counts set on every atom (as {@code io.vscreen.chem.MoleculeParser} leaves
 *     them); hydrogens may also be explicit atoms, the SMARTS H counts include both;</li>
 * <li>aromaticity already perceived with CDK's Daylight model (as the standardizer does; call
 *     {@link #prepare(IAtomContainer)} once for a molecule that has not been through it). The
 *     PAINS agreement with RDKit was measured this way.</li>
 * </ul>
 * The matcher marks ring atoms and bonds itself ({@code Cycles.markRingAtomsAndBonds}), as the
 * ring primitives need them; apart from those ring flags the molecule is left as it was. The
 * molecule must not be changed by another thread while it is matched.
 *
 * <p>How it stays fast: before any substructure search the molecule's cheap profile (atoms per
 * element / aromatic / charged / ring / connectivity class, bonds per order / ring class) is
 * compared with requirements derived from each pattern when the catalog was loaded; only
 * patterns the molecule could satisfy are searched, each from its most selective atom, by a
 * depth-first search that shares the molecule's adjacency between patterns. The results are
 * exactly those of searching every pattern with CDK's own matcher.
 */
public final class AlertMatcher {
    private final List<Alert> alerts;
    private final Requirements[] requirements;
    private final QueryPlan[] plans;
    private final Pattern[] patterns;
    private final boolean preScreen;
    private final MoleculeProfile profile = new MoleculeProfile();
    /** Per pattern, the ids of its atom class sets in {@link #profile}. */
    private final int[][] maskIds;
    private final RingMembership rings = new RingMembership();
    private final SubstructureSearch search = new SubstructureSearch();
    private long searched;
    private long skipped;

    AlertMatcher(AlertCatalog catalog, boolean preScreen) {
        this.alerts = catalog.alerts();
        List<CompiledAlert> compiled = catalog.compiled();
        this.requirements = compiled.stream().map(CompiledAlert::requirements).toArray(Requirements[]::new);
        this.plans = preScreen ? new QueryPlan[alerts.size()] : null;
        this.patterns = preScreen ? null : new Pattern[alerts.size()];
        for (int i = 0; i < alerts.size(); i++) {
            IAtomContainer query = AlertQuery.compile(alerts.get(i));
            if (preScreen) {
                plans[i] = AlertQuery.plan(query, compiled.get(i), rings);
            } else {
                patterns[i] = AlertQuery.writtenOrderPattern(query);
            }
        }
        this.preScreen = preScreen;
        this.maskIds = profile.intern(requirements);
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
        List<Alert> hits = new ArrayList<>(4);
        search(mol, (i, atoms) -> hits.add(alerts.get(i)), false);
        return hits.isEmpty() ? List.of() : List.copyOf(hits);
    }

    /**
     * The alerts {@code mol} raises with the atoms of one occurrence each (indices into
     * {@code mol}, one per query atom, ascending), in catalog order: for highlighting an alert on
     * a drawing. Costs the same search as {@link #match}.
     */
    public List<AlertMatch> matchWithAtoms(IAtomContainer mol) {
        List<AlertMatch> hits = new ArrayList<>(4);
        search(mol, (i, atoms) -> hits.add(new AlertMatch(alerts.get(i), atoms)), true);
        return hits.isEmpty() ? List.of() : List.copyOf(hits);
    }

    private interface Hit {
        void found(int alert, int[] atoms);
    }

    private void search(IAtomContainer mol, Hit hit, boolean wantAtoms) {
        if (alerts.isEmpty()) {
            return;
        }
        Cycles.markRingAtomsAndBonds(mol);
        rings.reset();
        if (preScreen) {
            profile.reset(mol);
            search.setMolecule(mol, profile.atomClasses());
            try {
                for (int i = 0; i < plans.length; i++) {
                    if (!profile.mayMatch(requirements[i], maskIds[i])) {
                        skipped++;
                        continue;
                    }
                    searched++;
                    if (search.matches(plans[i])) {
                        hit.found(i, wantAtoms ? search.matchedAtoms(plans[i]) : null);
                    }
                }
            } finally {
                search.clear();
                rings.reset();
            }
        } else {
            for (int i = 0; i < patterns.length; i++) {
                searched++;
                if (wantAtoms) {
                    int[] atoms = patterns[i].match(mol);
                    if (atoms.length > 0) {
                        int[] sorted = atoms.clone();
                        java.util.Arrays.sort(sorted);
                        hit.found(i, sorted);
                    }
                } else if (patterns[i].matches(mol)) {
                    hit.found(i, null);
                }
            }
        }
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
