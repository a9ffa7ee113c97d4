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
 * ring class, bonds per order / ring class) is compared with each pattern's {@link Requirements};
 * only patterns the molecule could satisfy are searched.
 */
public final class AlertMatcher {
    private final List<Alert> alerts;
    private final PatternScreen[] screens;
    private final Pattern[] patterns;
    private final boolean preScreen;
    private final MoleculeProfile profile = new MoleculeProfile();
    private long searched;
    private long skipped;

    AlertMatcher(AlertCatalog catalog, boolean preScreen) {
        this.alerts = catalog.alerts();
        this.screens = catalog.screens().toArray(new PatternScreen[0]);
        this.patterns = new Pattern[alerts.size()];
        for (int i = 0; i < patterns.length; i++) {
            IAtomContainer query = AlertQuery.compile(alerts.get(i));
            patterns[i] = preScreen ? AlertQuery.pattern(query) : AlertQuery.writtenOrderPattern(query);
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
        if (patterns.length == 0) {
            return List.of();
        }
        Cycles.markRingAtomsAndBonds(mol);
        if (preScreen) {
            profile.reset(mol);
        }
        boolean simpleRings = preScreen && profile.onlySimpleRings();
        List<Alert> hits = null;
        for (int i = 0; i < patterns.length; i++) {
            if (preScreen && !profile.mayMatch(screens[i].forMolecule(simpleRings))) {
                skipped++;
                continue;
            }
            searched++;
            if (patterns[i].matches(mol)) {
                if (hits == null) {
                    hits = new ArrayList<>(4);
                }
                hits.add(alerts.get(i));
            }
        }
        return hits == null ? List.of() : List.copyOf(hits);
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
