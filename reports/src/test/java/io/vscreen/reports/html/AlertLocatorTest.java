package io.vscreen.reports.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openscience.cdk.exception.InvalidSmilesException;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.silent.SilentChemObjectBuilder;
import org.openscience.cdk.smiles.SmilesParser;

import io.vscreen.reports.AlertHit;

class AlertLocatorTest {
    private final SmilesParser parser = new SmilesParser(SilentChemObjectBuilder.getInstance());

    private IAtomContainer mol(String smiles) throws InvalidSmilesException {
        return parser.parseSmiles(smiles);
    }

    @Test
    void namedAlertsAreFoundOnTheStructure() throws InvalidSmilesException {
        // the screen stores alerts by name; the aldehyde of 4-hydroxybenzaldehyde is atoms 0 (O) and 1 (C)
        Set<Integer> atoms = new AlertLocator().atoms(List.of(AlertHit.named("brenk:aldehyde")), mol("O=Cc1ccc(O)cc1"));
        assertEquals(Set.of(0, 1), atoms);
    }

    @Test
    void givenAtomsAreKeptAndUnknownRuleSetsIgnored() throws InvalidSmilesException {
        Set<Integer> atoms = new AlertLocator().atoms(
                List.of(new AlertHit("custom:x", new int[] {3, 4}), AlertHit.named("nosuchset:y")), mol("CCCCCC"));
        assertEquals(Set.of(3, 4), atoms);
    }

    @Test
    void alertsTheCompoundDoesNotRaiseHighlightNothing() throws InvalidSmilesException {
        assertEquals(Set.of(), new AlertLocator().atoms(List.of(AlertHit.named("brenk:aldehyde")), mol("CCO")));
    }
}
