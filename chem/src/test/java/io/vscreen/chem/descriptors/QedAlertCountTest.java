package io.vscreen.chem.descriptors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.smarts.SmartsPattern;

import io.vscreen.chem.MoleculeParser;
import io.vscreen.chem.StructureException;
import io.vscreen.chem.fingerprints.Drugs;
import io.vscreen.chem.standardize.Standardizer;
import io.vscreen.chem.testing.SharedData;

/**
 * Matching the QED alerts with the pre-screened alert search never changes the count: on ZINC and
 * Tox21 molecules, {@code Qed.alertCount} equals the number of alert SMARTS that CDK's own
 * {@code SmartsPattern} matches.
 */
class QedAlertCountTest {

    @Test
    void screenedCountEqualsPlainSmartsCountOnZinc() throws Exception {
        List<String> smiles = Drugs.zinc(1500);
        assertTrue(compare(smiles) > 300, "ZINC molecules with at least one alert");
    }

    @Test
    void screenedCountEqualsPlainSmartsCountOnTox21() throws Exception {
        List<String> smiles = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(SharedData.file("moleculenet/tox21.csv"), StandardCharsets.UTF_8)) {
            r.readLine();
            for (String line; smiles.size() < 2000 && (line = r.readLine()) != null; ) {
                smiles.add(line.substring(line.lastIndexOf(',') + 1).strip());
            }
        }
        assertTrue(compare(smiles) > 500, "Tox21 molecules with at least one alert");
    }

    /** Compares, returns the number of molecules with at least one alert. */
    private static int compare(List<String> smiles) {
        MoleculeParser parser = new MoleculeParser();
        Standardizer standardizer = new Standardizer();
        Qed qed = new Qed();
        List<SmartsPattern> plain = new ArrayList<>();
        for (String s : Qed.loadAlerts()) {
            plain.add(SmartsPattern.create(s));
        }
        int withAlerts = 0;
        for (String s : smiles) {
            IAtomContainer m;
            try {
                m = standardizer.standardize(parser.parseSmiles(s)).molecule();
            } catch (StructureException e) {
                continue;
            }
            int expected = 0;
            for (SmartsPattern p : plain) {
                if (p.matches(m)) {
                    expected++;
                }
            }
            assertEquals(expected, qed.alertCount(m), s);
            if (expected > 0) {
                withAlerts++;
            }
        }
        return withAlerts;
    }
}
