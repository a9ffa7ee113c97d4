package io.vscreen.chem.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openscience.cdk.interfaces.IAtomContainer;

import io.vscreen.chem.MoleculeParser;
import io.vscreen.chem.StructureException;

/**
 * Explicit-hydrogen queries, as PAINS spell them, match hydrogen-suppressed molecules once the
 * hydrogens are merged into their neighbour ("at least n hydrogens"), also inside recursive SMARTS.
 */
class ExplicitHydrogensTest {

    private static boolean matches(String smarts, String smiles) throws StructureException {
        IAtomContainer mol = new MoleculeParser().parseSmiles(smiles);
        AlertMatcher.prepare(mol);
        Alert alert = new Alert("t", "t", smarts, "test");
        boolean cdk = AlertQuery.writtenOrderPattern(AlertQuery.compile(alert)).matches(mol);
        SubstructureSearch search = new SubstructureSearch();
        MoleculeProfile profile = new MoleculeProfile();
        org.openscience.cdk.graph.Cycles.markRingAtomsAndBonds(mol);
        profile.reset(mol);
        search.setMolecule(mol, profile.atomClasses());
        boolean ours = search.matches(AlertQuery.plan(alert, new RingMembership()));
        assertEquals(cdk, ours, "CDK's DfPattern and the alert search disagree on " + smarts + " / " + smiles);
        return ours;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // primary aromatic amine written with explicit hydrogens
        "c-[#7](-[#1])-[#1]|Nc1ccccc1|true",
        "c-[#7](-[#1])-[#1]|CNc1ccccc1|false",
        // "at least": one explicit H also matches NH2
        "c-[#7]-[#1]|Nc1ccccc1|true",
        "c-[#7]-[#1]|CN(C)c1ccccc1|false",
        // phenol O-H, as in PAINS catechol_A
        "c:c-[#8]-[#1]|Oc1ccccc1|true",
        "c:c-[#8]-[#1]|COc1ccccc1|false",
        // [H] written as an atom
        "[#6](-[H])(-[H])(-[H])-[#8]|CO|true",
        "[#6](-[H])(-[H])(-[H])-[#8]|CCO|false",
        // inside recursive SMARTS
        "[c;$(c-[#7](-[#1])-[#1])]|Nc1ccccc1|true",
        "[c;$(c-[#7](-[#1])-[#1])]|CN(C)c1ccccc1|false",
    })
    void mergedHydrogensMatchImplicitHydrogens(String smarts, String smiles, boolean expected)
            throws StructureException {
        assertEquals(expected, matches(smarts, smiles), smarts + " on " + smiles);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "c-[#7](-[#1])-[#1]|2",
        "[#6](-[H])(-[H])(-[H])-[#8]|2",
        "[c;$(c-[#7](-[#1])-[#1])]|1",
        "[#1]|1",
        "[#1]-[#1]|2",
    })
    void removesOnlyHydrogensBondedToAHeavyQueryAtom(String smarts, int atomsAfter) {
        IAtomContainer q = AlertQuery.compile(new Alert("t", "t", smarts, "test"));
        assertEquals(atomsAfter, q.getAtomCount(), smarts);
    }
}
