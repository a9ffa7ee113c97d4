package io.vscreen.chem.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.openscience.cdk.interfaces.IAtomContainer;

import io.vscreen.chem.MoleculeParser;
import io.vscreen.chem.StructureException;

/** One catalog shared by several threads, one matcher (and parser) per thread, same answers as one thread. */
class ConcurrentMatchingTest {

    private static List<List<String>> screen(AlertCatalog catalog, List<ReferenceMolecules.Row> rows)
            throws StructureException {
        MoleculeParser parser = new MoleculeParser();
        AlertMatcher matcher = catalog.newMatcher();
        List<List<String>> out = new ArrayList<>(rows.size());
        for (ReferenceMolecules.Row row : rows) {
            IAtomContainer mol = parser.parseSmiles(row.smiles());
            AlertMatcher.prepare(mol);
            out.add(matcher.match(mol).stream().map(Alert::id).toList());
        }
        return out;
    }

    @Test
    void sharedCatalogPerThreadMatchersAgreeWithSingleThread() throws Exception {
        AlertCatalog catalog = AlertCatalog.parse("pains,brenk");
        List<ReferenceMolecules.Row> rows = ReferenceMolecules.zinc(400);
        List<List<String>> expected = screen(catalog, rows);
        assertTrue(expected.stream().filter(l -> !l.isEmpty()).count() > 50, "too few flagged molecules");

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<List<String>>>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                results.add(pool.submit(() -> screen(catalog, rows)));
            }
            for (Future<List<List<String>>> f : results) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
