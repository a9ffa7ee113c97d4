package io.vscreen.chem.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openscience.cdk.interfaces.IAtomContainer;

import io.vscreen.chem.MoleculeParser;
import io.vscreen.chem.StructureException;

class AlertAtomsTest {
    private static final AlertCatalog CATALOG = AlertCatalog.parse("pains,brenk");

    private static IAtomContainer mol(String smiles) throws StructureException {
        IAtomContainer m = new MoleculeParser().parseSmiles(smiles);
        AlertMatcher.prepare(m);
        return m;
    }

    @Test
    void atomsOfTheMatchAreTheAlertsGroup() throws StructureException {
        // 4-hydroxybenzaldehyde: Brenk flags the aldehyde [CH1](=O); its atoms are O0 and C1
        IAtomContainer m = mol("O=Cc1ccc(O)cc1");
        List<AlertMatch> hits = CATALOG.newMatcher().matchWithAtoms(m);
        AlertMatch aldehyde = hits.stream().filter(h -> h.alert().name().equals("aldehyde")).findFirst().orElseThrow(
                () -> new AssertionError("no aldehyde alert in " + hits));
        int[] atoms = aldehyde.atoms();
        assertEquals(2, atoms.length, aldehyde::toString);
        for (int a : atoms) {
            assertTrue(a <= 1, () -> "aldehyde atoms are O0 and C1: " + aldehyde);
        }
    }

    @Test
    void sameAlertsWithAndWithoutAtomsOnRhodanine() throws StructureException {
        IAtomContainer m = mol("O=C1NC(=S)SC1=Cc1ccccc1");
        AlertMatcher matcher = CATALOG.newMatcher();
        List<Alert> plain = matcher.match(m);
        List<Alert> withAtoms = matcher.matchWithAtoms(m).stream().map(AlertMatch::alert).toList();
        assertEquals(plain, withAtoms);
        assertTrue(plain.stream().anyMatch(a -> a.ruleSet().startsWith("pains")), plain::toString);
        for (AlertMatch hit : matcher.matchWithAtoms(m)) {
            for (int a : hit.atoms()) {
                assertTrue(a >= 0 && a < m.getAtomCount());
            }
        }
    }
}
