package io.vscreen.chem.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.openscience.cdk.interfaces.IAtomContainer;

import io.vscreen.chem.MoleculeParser;
import io.vscreen.chem.StructureException;
import io.vscreen.chem.standardize.Standardizer;
import io.vscreen.chem.standardize.StandardizerOptions;

/**
 * PAINS flags agree with RDKit's FilterCatalog (PAINS A+B+C) on 3,000 ZINC250k molecules and
 * 1,000 Tox21 rows. The reference flags were computed independently by RDKit
 * ({@code chem/src/test/scripts/pains_reference.py}) and are committed as a fixture keyed by
 * source and row number.
 */
class PainsRdkitAgreementTest {

    private record Reference(boolean flagged, Set<String> names) {
    }

    private static Map<String, Reference> fixture() throws IOException {
        Map<String, Reference> ref = new HashMap<>();
        try (InputStream in = PainsRdkitAgreementTest.class.getResourceAsStream("pains_rdkit_reference.csv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            r.readLine(); // provenance comment
            r.readLine(); // header
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split(",", -1);
                if (f[2].isEmpty()) {
                    continue; // RDKit could not read it
                }
                Set<String> names = f[3].isEmpty() ? Set.of() : new TreeSet<>(List.of(f[3].split(";")));
                ref.put(f[0] + ":" + f[1], new Reference(f[2].equals("1"), names));
            }
        }
        return ref;
    }

    /** Molecules as the matcher meets them in screening: parsed, then Daylight aromaticity. */
    @Test
    void painsFlagsAgreeWithRdkitOnZincAndTox21() throws IOException {
        agreement(false);
    }

    /**
     * Molecules through the project's standardizer first (largest fragment, neutralized charges,
     * Daylight aromaticity), as {@code CompoundPreparer} passes them; RDKit saw the raw SMILES, so
     * a few differences come from standardization rather than matching.
     */
    @Test
    void painsFlagsAgreeWithRdkitAfterStandardization() throws IOException {
        agreement(true);
    }

    private void agreement(boolean standardize) throws IOException {
        Map<String, Reference> ref = fixture();
        assertEquals(4000, ref.size(), "fixture rows");
        AlertMatcher matcher = AlertCatalog.parse("pains").newMatcher();
        MoleculeParser parser = new MoleculeParser();
        Standardizer standardizer = new Standardizer(StandardizerOptions.DEFAULTS);
        List<ReferenceMolecules.Row> rows = new ArrayList<>(ReferenceMolecules.zinc(3000));
        rows.addAll(ReferenceMolecules.tox21(1000));

        int compared = 0;
        int agree = 0;
        int bothFlagged = 0;
        int rdkitFlagged = 0;
        int cdkFlagged = 0;
        int unparsed = 0;
        int sameNames = 0;
        List<String> disagreements = new ArrayList<>();
        for (ReferenceMolecules.Row row : rows) {
            Reference expected = ref.get(row.key());
            if (expected == null) {
                continue;
            }
            IAtomContainer mol;
            try {
                mol = parser.parseSmiles(row.smiles());
                if (standardize) {
                    mol = standardizer.standardize(mol).molecule();
                } else {
                    AlertMatcher.prepare(mol);
                }
            } catch (StructureException e) {
                unparsed++;
                continue;
            }
            Set<String> names = matcher.match(mol).stream().map(Alert::name)
                    .collect(Collectors.toCollection(TreeSet::new));
            boolean flagged = !names.isEmpty();
            compared++;
            sameNames += names.equals(expected.names()) ? 1 : 0;
            rdkitFlagged += expected.flagged() ? 1 : 0;
            cdkFlagged += flagged ? 1 : 0;
            if (flagged == expected.flagged()) {
                agree++;
                bothFlagged += flagged ? 1 : 0;
            } else {
                disagreements.add(row.key() + " " + row.smiles() + " rdkit=" + expected.names() + " vscreen=" + names);
            }
        }
        double agreement = (double) agree / compared;
        System.out.printf((standardize ? "[standardized] " : "") + "PAINS agreement with RDKit: %d/%d = %.2f%% (RDKit flagged %d, vscreen %d, both %d; "
                + "%d rows not parsed)%n", agree, compared, 100 * agreement, rdkitFlagged, cdkFlagged, bothFlagged,
                unparsed);
        System.out.printf((standardize ? "[standardized] " : "") + "Same PAINS entry names as RDKit: %d/%d%n", sameNames, compared);
        disagreements.forEach(d -> System.out.println("  differs: " + d));
        assertTrue(compared >= 3900, "compared only " + compared + " molecules");
        assertTrue(agreement >= 0.99, String.format("agreement %.4f below 0.99", agreement));
    }
}
