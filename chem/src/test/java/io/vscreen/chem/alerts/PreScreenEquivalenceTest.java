package io.vscreen.chem.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openscience.cdk.interfaces.IAtomContainer;

import io.vscreen.chem.MoleculeParser;
import io.vscreen.chem.StructureException;

/**
 * The pre-screen and the search-order rewrite never change a result: on 2,000 real molecules (1,200 ZINC250k, 800 Tox21) the
 * production matcher raises exactly the alerts that searching every pattern in its written order
 * raises, for every shipped rule set.
 */
class PreScreenEquivalenceTest {

    @Test
    void preScreenedMatcherEqualsBruteForceOnZincAndTox21() {
        AlertCatalog catalog = AlertCatalog.parse("all");
        AlertMatcher fast = catalog.newMatcher();
        AlertMatcher brute = catalog.newBruteForceMatcher();
        MoleculeParser parser = new MoleculeParser();
        List<ReferenceMolecules.Row> rows = new ArrayList<>(ReferenceMolecules.zinc(1200));
        rows.addAll(ReferenceMolecules.tox21(800));

        int compared = 0;
        int flagged = 0;
        List<String> differences = new ArrayList<>();
        for (ReferenceMolecules.Row row : rows) {
            IAtomContainer mol;
            try {
                mol = parser.parseSmiles(row.smiles());
            } catch (StructureException e) {
                continue;
            }
            AlertMatcher.prepare(mol);
            List<Alert> expected = brute.match(mol);
            List<Alert> actual = fast.match(mol);
            compared++;
            flagged += expected.isEmpty() ? 0 : 1;
            if (!expected.equals(actual)) {
                differences.add(row.key() + " " + row.smiles() + " brute=" + ids(expected) + " fast=" + ids(actual));
            }
        }
        double skipped = (double) fast.patternsSkipped() / (fast.patternsSkipped() + fast.patternsSearched());
        System.out.printf("pre-screen equivalence: %d molecules (%d flagged), %d differences, %.1f%% of patterns "
                + "skipped%n", compared, flagged, differences.size(), 100 * skipped);
        differences.stream().limit(20).forEach(d -> System.out.println("  " + d));
        assertTrue(compared >= 2000, "compared only " + compared);
        assertTrue(flagged > 500, "too few flagged molecules to prove anything: " + flagged);
        assertEquals(List.of(), differences);
    }

    private static List<String> ids(List<Alert> alerts) {
        return alerts.stream().map(Alert::id).toList();
    }
}
