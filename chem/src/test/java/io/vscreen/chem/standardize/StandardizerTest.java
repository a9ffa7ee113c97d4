package io.vscreen.chem.standardize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.openscience.cdk.tools.manipulator.AtomContainerManipulator;
import org.openscience.cdk.tools.manipulator.MolecularFormulaManipulator;

import io.vscreen.chem.MoleculeParser;
import io.vscreen.chem.StructureException;

class StandardizerTest {
    private final MoleculeParser parser = new MoleculeParser();
    private final Standardizer standardizer = new Standardizer();

    private StandardizedMolecule std(String smiles) throws StructureException {
        return standardizer.standardize(parser.parseSmiles(smiles));
    }

    private StandardizedMolecule std(StandardizerOptions options, String smiles) throws StructureException {
        return new Standardizer(options).standardize(parser.parseSmiles(smiles));
    }

    private static String formula(IAtomContainer mol) {
        return MolecularFormulaManipulator.getString(MolecularFormulaManipulator.getMolecularFormula(mol));
    }

    private static int netCharge(IAtomContainer mol) {
        return AtomContainerManipulator.getTotalFormalCharge(mol);
    }

    /** Published standard InChIKeys (PubChem) of well-known compounds. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "aspirin,       CC(=O)OC1=CC=CC=C1C(O)=O,                 BSYNRYMUTXBXSQ-UHFFFAOYSA-N",
        "caffeine,      CN1C=NC2=C1C(=O)N(C)C(=O)N2C,             RYYVLZVUVIJVGH-UHFFFAOYSA-N",
        "paracetamol,   CC(=O)Nc1ccc(O)cc1,                       RZVAJINKPMORJF-UHFFFAOYSA-N",
        "ibuprofen,     CC(C)Cc1ccc(cc1)C(C)C(O)=O,               HEFNNWSXXWATRW-UHFFFAOYSA-N",
        "benzene,       C1=CC=CC=C1,                              UHOVQNZJYSORNB-UHFFFAOYSA-N",
        "ethanol,       CCO,                                      LFQSCWFLJHTTHZ-UHFFFAOYSA-N",
        "glycine,       NCC(O)=O,                                 DHMQDGOQFOQNFH-UHFFFAOYSA-N",
        "benzoic acid,  OC(=O)c1ccccc1,                           WPYMKLBDIGXBTP-UHFFFAOYSA-N",
        "L-alanine,     C[C@H](N)C(O)=O,                          QNAYBMKLOCPYGJ-REOHCLBHSA-N",
        "metformin,     CN(C)C(=N)N=C(N)N,                        XZWYZXLIPXDOLR-UHFFFAOYSA-N",
    })
    void inchiKeysMatchPublishedKeys(String name, String smiles, String expectedKey) throws Exception {
        assertEquals(expectedKey, std(smiles).inchiKey(), name);
    }

    @Test
    void sodiumBenzoateBecomesBenzoicAcid() throws Exception {
        StandardizedMolecule salt = std("[Na+].[O-]C(=O)c1ccccc1");
        assertEquals("C7H6O2", formula(salt.molecule()));
        assertEquals(0, netCharge(salt.molecule()));
        assertEquals(std("OC(=O)c1ccccc1").smiles(), salt.smiles());
        assertEquals("WPYMKLBDIGXBTP-UHFFFAOYSA-N", salt.inchiKey());
    }

    @Test
    void imatinibMesylateKeepsImatinib() throws Exception {
        StandardizedMolecule s = std(
                "CS(=O)(=O)O.Cc1ccc(NC(=O)c2ccc(CN3CCN(C)CC3)cc2)cc1Nc1nccc(-c2cccnc2)n1");
        assertEquals("C29H31N7O", formula(s.molecule()));
        assertEquals("KTUFNOKKBVMGRW-UHFFFAOYSA-N", s.inchiKey());
    }

    @Test
    void metforminHydrochlorideKeepsNeutralMetformin() throws Exception {
        StandardizedMolecule s = std("Cl.CN(C)C(=N)N=C(N)N");
        assertEquals("C4H11N5", formula(s.molecule()));
        StandardizedMolecule protonated = std("[Cl-].CN(C)C(=[NH2+])N=C(N)N");
        assertEquals("C4H11N5", formula(protonated.molecule()));
        assertEquals(0, netCharge(protonated.molecule()));
        assertEquals("XZWYZXLIPXDOLR-UHFFFAOYSA-N", s.inchiKey());
    }

    @Test
    void hydrateWaterIsDropped() throws Exception {
        // caffeine monohydrate
        StandardizedMolecule s = std("O.Cn1cnc2c1c(=O)n(C)c(=O)n2C");
        assertEquals("C8H10N4O2", formula(s.molecule()));
        assertEquals("RYYVLZVUVIJVGH-UHFFFAOYSA-N", s.inchiKey());
    }

    @Test
    void inorganicRecordKeepsLargestFragment() throws Exception {
        StandardizedMolecule s = std("[Na+].[Na+].[O-]S([O-])(=O)=O");
        assertEquals("H2O4S", formula(s.molecule()));
    }

    @Test
    void fragmentTieIsIndependentOfOrder() throws Exception {
        assertEquals(std("CCO.OCC(C)C").smiles(), std("OCC(C)C.CCO").smiles());
        assertEquals(std("c1ccccc1O.Cc1ccccc1").smiles(), std("Cc1ccccc1.c1ccccc1O").smiles());
    }

    @Test
    void glycineZwitterionBecomesNeutralGlycine() throws Exception {
        StandardizedMolecule zw = std("[NH3+]CC([O-])=O");
        assertEquals(std("NCC(O)=O").smiles(), zw.smiles());
        assertEquals("DHMQDGOQFOQNFH-UHFFFAOYSA-N", zw.inchiKey());
        assertEquals(0, chargedAtoms(zw.molecule()));
    }

    @Test
    void quaternaryAmmoniumStaysCharged() throws Exception {
        StandardizedMolecule choline = std("C[N+](C)(C)CCO.[Cl-]");
        assertEquals(1, netCharge(choline.molecule()));
        assertEquals("[C5H14NO]+", formula(choline.molecule()));
        // betaine: the carboxylate balances the quaternary nitrogen and stays
        StandardizedMolecule betaine = std("C[N+](C)(C)CC([O-])=O");
        assertEquals(0, netCharge(betaine.molecule()));
        assertEquals(2, chargedAtoms(betaine.molecule()));
    }

    @Test
    void nitroAndNOxideStayChargeSeparated() throws Exception {
        StandardizedMolecule nitro = std("O=[N+]([O-])c1ccccc1");
        assertEquals(2, chargedAtoms(nitro.molecule()));
        assertTrue(nitro.smiles().contains("[N+]") && nitro.smiles().contains("[O-]"), nitro.smiles());
        StandardizedMolecule oxide = std("[O-][n+]1ccccc1");
        assertEquals(2, chargedAtoms(oxide.molecule()));
    }

    @Test
    void phenolateAndAmmoniumAreNeutralized() throws Exception {
        assertEquals(std("Oc1ccccc1").smiles(), std("[O-]c1ccccc1.[K+]").smiles());
        assertEquals(std("CCN").smiles(), std("CC[NH3+].[Cl-]").smiles());
        assertEquals(std("c1ccncc1").smiles(), std("c1cc[nH+]cc1").smiles());
        assertEquals(std("CCS").smiles(), std("CC[S-]").smiles());
        // tetrazolide (the sartan acid group)
        assertEquals(std("c1nn[nH]n1").inchiKey(), std("c1nn[n-]n1").inchiKey());
    }

    @Test
    void kekuleBenzeneComesOutAromatic() throws Exception {
        StandardizedMolecule s = std("C1=CC=CC=C1");
        assertEquals("c1ccccc1", s.smiles());
        for (IAtom a : s.molecule().atoms()) {
            assertTrue(a.isAromatic());
        }
        assertEquals(std("c1ccccc1").smiles(), std("C1C=CC=CC=1").smiles());
    }

    @Test
    void twoSpellingsOfOneMoleculeGiveOneName() throws Exception {
        String[][] pairs = {
            {"CC(=O)Oc1ccccc1C(=O)O", "OC(=O)C1=C(OC(C)=O)C=CC=C1"},
            {"Cn1cnc2c1c(=O)n(C)c(=O)n2C", "O=C1N(C)C(=O)C2=C(N=CN2C)N1C"},
            {"C[C@H](N)C(O)=O", "N[C@@H](C)C(=O)O"},
            {"c1ccc2[nH]ccc2c1", "C1=CC=C2C(=C1)C=CN2"},
            {"O=[N+]([O-])c1ccc(Cl)cc1", "[O-][N+](=O)C1=CC=C(Cl)C=C1"},
            {"C[N+](C)(C)CCOC(C)=O", "CC(=O)OCC[N+](C)(C)C"},
        };
        for (String[] p : pairs) {
            StandardizedMolecule a = std(p[0]);
            StandardizedMolecule b = std(p[1]);
            assertEquals(a.smiles(), b.smiles(), p[0] + " vs " + p[1]);
            assertEquals(a.inchiKey(), b.inchiKey(), p[0] + " vs " + p[1]);
        }
        // and stereo is kept: the enantiomer differs
        assertNotEquals(std("C[C@H](N)C(O)=O").smiles(), std("C[C@@H](N)C(O)=O").smiles());
    }

    @Test
    void explicitHydrogensAreFolded() throws Exception {
        StandardizedMolecule s = std("[H]OC([H])([H])C([H])([H])[H]");
        assertEquals(std("CCO").smiles(), s.smiles());
        assertFalse(s.smiles().contains("H"), s.smiles());
        assertEquals(3, s.molecule().getAtomCount());
    }

    @Test
    void largestFragmentOffKeepsEveryFragment() throws Exception {
        StandardizedMolecule s = std(StandardizerOptions.DEFAULTS.withLargestFragment(false),
                "[Na+].[O-]C(=O)c1ccccc1");
        assertTrue(s.smiles().contains("."), s.smiles());
        assertEquals(10, s.molecule().getAtomCount());
    }

    @Test
    void neutralizeOffKeepsCharges() throws Exception {
        StandardizedMolecule s = std(StandardizerOptions.DEFAULTS.withNeutralize(false), "[NH3+]CC([O-])=O");
        assertEquals(2, chargedAtoms(s.molecule()));
        StandardizedMolecule salt = std(StandardizerOptions.DEFAULTS.withNeutralize(false), "[Na+].[O-]C(=O)c1ccccc1");
        assertEquals(-1, netCharge(salt.molecule()));
    }

    @Test
    void aromatizeOffKeepsInputFlags() throws Exception {
        // a Kekulé input stays Kekulé when aromaticity perception is off
        StandardizedMolecule s = std(StandardizerOptions.DEFAULTS.withAromatize(false), "C1=CC=CC=C1");
        for (IBond b : s.molecule().bonds()) {
            assertFalse(b.isAromatic());
        }
        assertFalse(s.smiles().contains("c"), s.smiles());
    }

    @Test
    void inchiOffGivesEmptyKey() throws Exception {
        StandardizedMolecule s = std(StandardizerOptions.DEFAULTS.withInchiKey(false), "CCO");
        assertEquals("", s.inchiKey());
        assertFalse(s.hasInchiKey());
        // the same SMILES as with the key: the canonical order does not depend on the option
        assertEquals(std("CCO").smiles(), s.smiles());
    }

    @Test
    void everyOptionOffStillNamesTheInput() throws Exception {
        StandardizerOptions none = new StandardizerOptions(false, false, false, false);
        StandardizedMolecule s = std(none, "[Na+].[O-]C(=O)C1=CC=CC=C1");
        assertEquals(0, netCharge(s.molecule()));
        assertTrue(s.smiles().contains("[Na+]") && s.smiles().contains("[O-]"), s.smiles());
    }

    @Test
    void standardizesInPlaceAndClonesOnRequest() throws Exception {
        IAtomContainer input = parser.parseSmiles("[NH3+]CC([O-])=O");
        IAtomContainer copy = input.clone();
        StandardizedMolecule s = standardizer.standardize(copy);
        assertEquals(2, chargedAtoms(input));
        assertEquals(0, chargedAtoms(s.molecule()));
        assertTrue(s.molecule() == copy);
    }

    private static int chargedAtoms(IAtomContainer mol) {
        int n = 0;
        for (IAtom a : mol.atoms()) {
            if (a.getFormalCharge() != null && a.getFormalCharge() != 0) {
                n++;
            }
        }
        return n;
    }
}
