package io.vscreen.chem.descriptors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.vscreen.chem.MoleculeParser;
import io.vscreen.chem.standardize.Standardizer;
import io.vscreen.chem.standardize.StandardizerOptions;

class DescriptorCalculatorTest {
    private final MoleculeParser parser = new MoleculeParser();
    private final Standardizer standardizer = new Standardizer(StandardizerOptions.DEFAULTS.withInchiKey(false));
    private final DescriptorCalculator calc = new DescriptorCalculator();

    private Descriptors of(String smiles) throws Exception {
        return calc.calculate(standardizer.standardize(parser.parseSmiles(smiles)).molecule());
    }

    /**
     * Molecular weight, monoisotopic mass and TPSA as published in PubChem (TPSA by Ertl's method),
     * Lipinski donors (H on N/O) and acceptors (N + O) counted by hand. Caffeine's TPSA is RDKit's
     * (61.82); PubChem's 58.4 comes from a toolkit that types the imidazole nitrogens differently.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "aspirin,     CC(=O)Oc1ccccc1C(=O)O,              180.16, 180.042259, 63.6, 1, 4, 13",
        "caffeine,    Cn1cnc2c1c(=O)n(C)c(=O)n2C,         194.19, 194.080376, 61.82, 0, 6, 14",
        "ibuprofen,   CC(C)Cc1ccc(cc1)C(C)C(=O)O,         206.28, 206.130680, 37.3, 1, 2, 15",
        "paracetamol, CC(=O)Nc1ccc(O)cc1,                 151.16, 151.063329, 49.3, 2, 3, 11",
        "metformin,   CN(C)C(=N)N=C(N)N,                  129.16, 129.101445, 91.5, 5, 5, 9",
    })
    void publishedValuesOfDrugs(String name, String smiles, double mw, double exact, double tpsa, int hbd, int hba,
                                int heavy) throws Exception {
        Descriptors d = of(smiles);
        assertEquals(mw, d.mw(), 0.01, name + " MW");
        assertEquals(exact, d.exactMass(), 0.0005, name + " exact mass");
        assertEquals(tpsa, d.tpsa(), 0.05, name + " TPSA");
        assertEquals(hbd, d.hbd(), name + " HBD");
        assertEquals(hba, d.hba(), name + " HBA");
        assertEquals(heavy, d.heavyAtoms(), name + " heavy atoms");
    }

    /** Reference QED values of the original implementation, quoted in Bickerton et al.'s examples and RDKit's QED module. */
    @ParameterizedTest
    @CsvSource({
        "N=C(CCSCc1csc(N=C(N)N)n1)NS(N)(=O)=O,    0.253",
        "CNC(=NCCSCc1nc[nH]c1C)NC#N,              0.234",
        "CCCCCNC(=N)NN=Cc1c[nH]c2ccc(CO)cc12,     0.234",
    })
    void qedOfReferenceMolecules(String smiles, double qed) throws Exception {
        assertEquals(qed, of(smiles).qed(), 0.0015, smiles);
    }

    @Test
    void crippenLogPOfSimpleMoleculesFollowsTheTable() throws Exception {
        // ethane: two C1 carbons, six H1 hydrogens
        assertEquals(2 * 0.1441 + 6 * 0.123, of("CC").logP(), 1e-9);
        // benzene: six C18 aromatic CH, six H1
        assertEquals(6 * 0.1581 + 6 * 0.123, of("c1ccccc1").logP(), 1e-9);
        // methanol: C3 carbon, O2 hydroxyl, three H1 and one H2 (alcohol) hydrogen
        assertEquals(-0.2035 - 0.2893 + 3 * 0.123 - 0.2677, of("CO").logP(), 1e-9);
        // acetic acid: C1 methyl, C5 carbonyl carbon, O9 carbonyl O, O2 hydroxyl, acid H4
        assertEquals(0.1441 - 0.2783 - 0.1526 - 0.2893 + 3 * 0.123 + 0.298, of("CC(=O)O").logP(), 1e-9);
    }

    @Test
    void rotatableBondsUseTheStrictDefinition() throws Exception {
        assertEquals(1, of("CCCC").rotatableBonds());
        assertEquals(0, of("CC(C)(C)C").rotatableBonds());          // neopentane: terminal methyls only
        assertEquals(2, of("CCC(=O)NCC").rotatableBonds());          // the amide C-N bond does not rotate
        assertEquals(1, of("FC(F)(F)c1ccccc1CC").rotatableBonds());  // CF3 excluded, ethyl counted
        assertEquals(0, of("CC#CC").rotatableBonds());
        assertEquals(1, of("c1ccccc1-c1ccccc1").rotatableBonds());
    }

    @Test
    void ringsAndAromaticRings() throws Exception {
        Descriptors naphthalene = of("c1ccc2ccccc2c1");
        assertEquals(2, naphthalene.rings());
        assertEquals(2, naphthalene.aromaticRings());
        Descriptors tetralin = of("C1CCc2ccccc2C1");
        assertEquals(2, tetralin.rings());
        assertEquals(1, tetralin.aromaticRings());
        assertEquals(4, of("C1C2CC3CC1CC(C2)C3").rings()); // adamantane
        assertEquals(0, of("CCO").rings());
    }

    @Test
    void fractionSp3AndStereocentres() throws Exception {
        assertEquals(1.0, of("CCCC").fractionSp3(), 1e-12);
        assertEquals(0.0, of("c1ccccc1").fractionSp3(), 1e-12);
        assertEquals(1, of("C[C@H](N)C(=O)O").stereocentres());  // L-alanine
        assertEquals(1, of("CC(N)C(=O)O").stereocentres());      // unassigned still counted
        assertEquals(0, of("CC(C)C(=O)O").stereocentres());
        assertEquals(2, of("C[C@@H](O)[C@H](C)Cl").stereocentres());
    }

    @Test
    void ruleOfFiveAndVeber() throws Exception {
        Descriptors aspirin = of("CC(=O)Oc1ccccc1C(=O)O");
        assertEquals(0, aspirin.lipinskiViolations());
        assertTrue(aspirin.veber());
        // cyclosporin: MW 1202, 48 N+O acceptors... fails MW and HBA at least, and Veber
        Descriptors cyclosporin = of("CC[C@H]1C(=O)N(CC(=O)N([C@H](C(=O)N[C@H](C(=O)N([C@H](C(=O)N[C@H](C(=O)N[C@@H]"
                + "(C(=O)N([C@H](C(=O)N([C@H](C(=O)N([C@H](C(=O)N([C@H](C(=O)N1)[C@@H]([C@H](C)C/C=C/C)O)C)C(C)C)C)"
                + "CC(C)C)C)CC(C)C)C)C)C)CC(C)C)C)C(C)C)CC(C)C)C)C");
        assertTrue(cyclosporin.mw() > 1200 && cyclosporin.mw() < 1204, "MW " + cyclosporin.mw());
        assertTrue(cyclosporin.lipinskiViolations() >= 2);
        assertFalse(cyclosporin.veber());
    }

    @Test
    void columnsValuesAndVectorLineUp() throws Exception {
        Descriptors d = of("CC(=O)Oc1ccccc1C(=O)O");
        List<String> names = Descriptors.columnNames();
        assertEquals(16, names.size());
        assertEquals(names.size(), d.values().size());
        assertEquals(names.size(), d.toVector().length);
        assertEquals("mw", names.get(0));
        assertEquals("veber", names.get(15));
        assertEquals(d.tpsa(), (Double) d.values().get(names.indexOf("tpsa")), 0);
        assertEquals(d.rotatableBonds(), d.toVector()[names.indexOf("rotb")], 0);
        assertEquals(1.0, d.toVector()[names.indexOf("veber")], 0);
    }

    @Test
    void chargedMoleculesCountTheirCharge() throws Exception {
        Descriptors choline = of("C[N+](C)(C)CCO");
        assertEquals(1, choline.formalCharge());
        // exact mass of the cation: C5H14NO+ = 104.10699 (electron mass removed)
        assertEquals(104.106990, choline.exactMass(), 0.0001);
    }

    @Test
    void explicitHydrogensDoNotChangeValues() throws Exception {
        Descriptors implicit = calc.calculate(parser.parseSmiles("CCO"));
        Descriptors explicit = calc.calculate(parser.parseSmiles("[H]OC([H])([H])C([H])([H])[H]"));
        assertArrayEquals(implicit.toVector(), explicit.toVector(), 1e-9);
    }
}
