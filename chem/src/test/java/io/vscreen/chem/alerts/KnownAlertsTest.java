package io.vscreen.chem.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openscience.cdk.interfaces.IAtomContainer;

import io.vscreen.chem.MoleculeParser;
import io.vscreen.chem.StructureException;

/**
 * Textbook alerts on named compounds. Expected PAINS and Brenk hits are those RDKit 2022.09's
 * FilterCatalog reports for the same SMILES (an independent implementation of the same rule
 * sets); Brenk names are compared where RDKit spells them as the rule set's description does.
 */
class KnownAlertsTest {
    private static AlertCatalog catalog;
    private static AlertMatcher matcher;

    @BeforeAll
    static void load() {
        catalog = AlertCatalog.parse("pains,brenk");
        matcher = catalog.newMatcher();
    }

    private static Set<String> alerts(String smiles, String ruleSet) throws StructureException {
        IAtomContainer mol = new MoleculeParser().parseSmiles(smiles);
        AlertMatcher.prepare(mol);
        return matcher.match(mol).stream().filter(a -> a.ruleSet().equals(ruleSet)).map(Alert::name)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> split(String names) {
        return names == null || names.isBlank() ? Set.of()
                : new TreeSet<>(Arrays.asList(names.split(";")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "5-benzylidene rhodanine|S=C1SC(=Cc2ccccc2)C(=O)N1|ene_rhod_A(235)",
        "p-benzoquinone|O=C1C=CC(=O)C=C1|quinone_A(370)",
        "menadione|CC1=CC(=O)c2ccccc2C1=O|quinone_A(370)",
        "dopamine|NCCc1ccc(O)c(O)c1|catechol_A(92)",
        "quercetin|O=c1c(O)c(-c2ccc(O)c(O)c2)oc2cc(O)cc(O)c12|catechol_A(92)",
        "aspirin|CC(=O)Oc1ccccc1C(=O)O|",
        "ibuprofen|CC(C)Cc1ccc(cc1)C(C)C(=O)O|",
        "caffeine|Cn1cnc2c1c(=O)n(C)c(=O)n2C|",
        "paracetamol|CC(=O)Nc1ccc(O)cc1|",
        "ethacrynic acid|CCC(=C)C(=O)c1ccc(OCC(=O)O)c(Cl)c1Cl|",
    })
    void painsAsRdkitReports(String name, String smiles, String expected) throws StructureException {
        assertEquals(split(expected), alerts(smiles, "pains"), name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "methyl vinyl ketone|C=CC(C)=O|Michael_acceptor_1",
        "acrolein|C=CC=O|aldehyde;Michael_acceptor_1",
        "benzaldehyde|O=Cc1ccccc1|aldehyde",
        "ethacrynic acid|CCC(=C)C(=O)c1ccc(OCC(=O)O)c(Cl)c1Cl|Michael_acceptor_1",
        "p-benzoquinone|O=C1C=CC(=O)C=C1|chinone_1",
        "dopamine|NCCc1ccc(O)c(O)c1|catechol",
        "aspirin|CC(=O)Oc1ccccc1C(=O)O|phenol_ester",
        "paracetamol|CC(=O)Nc1ccc(O)cc1|hydroquinone",
        "ibuprofen|CC(C)Cc1ccc(cc1)C(C)C(=O)O|",
        "caffeine|Cn1cnc2c1c(=O)n(C)c(=O)n2C|",
    })
    void brenkAsRdkitReports(String name, String smiles, String expected) throws StructureException {
        assertEquals(split(expected), alerts(smiles, "brenk"), name);
    }

    @org.junit.jupiter.api.Test
    void benzylideneRhodanineRaisesPainsAndBrenkWithFullIds() throws StructureException {
        IAtomContainer mol = new MoleculeParser().parseSmiles("S=C1SC(=Cc2ccccc2)C(=O)N1");
        AlertMatcher.prepare(mol);
        List<String> ids = matcher.match(mol).stream().map(Alert::id).toList();
        assertTrue(ids.contains("pains:ene_rhod_A(235)"), ids.toString());
        assertTrue(ids.contains("brenk:Michael_acceptor_1"), ids.toString());
        // catalog order: PAINS before Brenk
        assertTrue(ids.indexOf("pains:ene_rhod_A(235)") < ids.indexOf("brenk:Michael_acceptor_1"));
    }
}
