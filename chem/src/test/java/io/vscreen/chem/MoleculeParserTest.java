package io.vscreen.chem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openscience.cdk.interfaces.IAtomContainer;

class MoleculeParserTest {
    private final MoleculeParser parser = new MoleculeParser();

    @Test
    void parsesAspirin() throws StructureException {
        IAtomContainer m = parser.parseSmiles("CC(=O)Oc1ccccc1C(=O)O");
        assertEquals(13, m.getAtomCount());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "C1CC|ring bond 1 not closed",
        "C1CC2CC1|ring bond 2 not closed",
        "c1cccc1|aromatic system cannot be kekulized",
        "CN(C)(C)(C)C|valence 5 on N at atom 2",
        "CC(C)(C)(C)C|valence 5 on C at atom 2",
        "C[N+](C)(C)(C)C|valence 5 on N+ at atom 2",
        "C(|branch '(' not closed",
        "CC)C|branch ')' closed but never opened",
        "[Xx]C|unknown element 'Xx' at atom 1",
    })
    void explainsBadStructures(String smiles, String reason) {
        StructureException e = assertThrows(StructureException.class, () -> parser.parseSmiles(smiles));
        assertEquals(reason, e.reason());
    }

    @Test
    void emptyAndBlankAreEmptyRecords() {
        assertEquals("empty record", assertThrows(StructureException.class, () -> parser.parseSmiles("  ")).reason());
    }

    @Test
    void garbageNamesThePosition() {
        String reason = assertThrows(StructureException.class, () -> parser.parseSmiles("CC$$q")).reason();
        assertEquals(true, reason.startsWith("invalid SMILES: "), reason);
    }

    @Test
    void acceptsChargeSeparatedNitroAndSulfone() throws StructureException {
        parser.parseSmiles("C[N+](=O)[O-]");
        parser.parseSmiles("CS(=O)(=O)C");
        parser.parseSmiles("C[N+](C)(C)C");
        parser.parseSmiles("OP(=O)(O)O");
    }

    @Test
    void rewritesFiveValentNitroAndNOxidesChargeSeparated() throws StructureException {
        var gen = new org.openscience.cdk.smiles.SmilesGenerator(org.openscience.cdk.smiles.SmiFlavor.Canonical);
        try {
            assertEquals(gen.create(parser.parseSmiles("C[N+](=O)[O-]")), gen.create(parser.parseSmiles("CN(=O)=O")));
            assertEquals(gen.create(parser.parseSmiles("[O-][n+]1ccccc1")), gen.create(parser.parseSmiles("O=n1ccccc1")));
        } catch (org.openscience.cdk.exception.CDKException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void rejectsGiantRecords() {
        MoleculeParser small = new MoleculeParser(org.openscience.cdk.silent.SilentChemObjectBuilder.getInstance(), 10);
        assertEquals("molecule too large: 12 heavy atoms (limit 10)",
                assertThrows(StructureException.class, () -> small.parseSmiles("CCCCCCCCCCCC")).reason());
    }

    @Test
    void readsV2000Molfile() throws StructureException {
        String mol = "ethanol\n  test\n\n  3  2  0  0  0  0  0  0  0  0999 V2000\n"
                + "    0.0000    0.0000    0.0000 C   0  0  0  0  0  0  0  0  0  0  0  0\n"
                + "    1.5000    0.0000    0.0000 C   0  0  0  0  0  0  0  0  0  0  0  0\n"
                + "    2.2500    1.2990    0.0000 O   0  0  0  0  0  0  0  0  0  0  0  0\n"
                + "  1  2  1  0\n  2  3  1  0\nM  END\n";
        assertEquals(3, parser.parseMolfile(mol).getAtomCount());
    }
}
