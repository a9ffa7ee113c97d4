package io.vscreen.reports.html;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.openscience.cdk.interfaces.IAtomContainer;

import io.vscreen.chem.alerts.AlertCatalog;
import io.vscreen.chem.alerts.AlertMatch;
import io.vscreen.chem.alerts.AlertMatcher;
import io.vscreen.reports.AlertHit;

/**
 * Finds the atoms of alerts that reach the report by name only ({@code ruleset:rule}, as the
 * screening job stores them), so the depiction can highlight them: the named alerts' rule sets
 * are matched again on the compound, for the top-N table only. Not thread-safe.
 */
final class AlertLocator {
    private final Map<String, AlertMatcher> matchers = new HashMap<>();

    /** Atom indices (in the order of {@code mol}, a fresh parse of the candidate's SMILES) to highlight. */
    Set<Integer> atoms(List<AlertHit> hits, IAtomContainer mol) {
        Set<Integer> atoms = new LinkedHashSet<>();
        Set<String> unlocated = new LinkedHashSet<>();
        for (AlertHit hit : hits) {
            if (hit.atoms().length > 0) {
                for (int a : hit.atoms()) {
                    atoms.add(a);
                }
            } else {
                unlocated.add(hit.name());
            }
        }
        if (unlocated.isEmpty()) {
            return atoms;
        }
        AlertMatcher.prepare(mol);
        Set<String> ruleSets = new LinkedHashSet<>();
        for (String name : unlocated) {
            int colon = name.indexOf(':');
            if (colon > 0) {
                ruleSets.add(name.substring(0, colon).toLowerCase(java.util.Locale.ROOT));
            }
        }
        for (String ruleSet : ruleSets) {
            AlertMatcher matcher = matcher(ruleSet);
            if (matcher == null) {
                continue;
            }
            for (AlertMatch m : matcher.matchWithAtoms(mol)) {
                if (unlocated.contains(m.alert().id())) {
                    for (int a : m.atoms()) {
                        atoms.add(a);
                    }
                }
            }
        }
        return atoms;
    }

    private AlertMatcher matcher(String ruleSet) {
        if (!matchers.containsKey(ruleSet)) {
            AlertMatcher m;
            try {
                m = AlertCatalog.parse(ruleSet).newMatcher();
            } catch (IllegalArgumentException e) {
                m = null; // a rule set this build does not know: the alert stays named, not drawn
            }
            matchers.put(ruleSet, m);
        }
        return matchers.get(ruleSet);
    }
}
