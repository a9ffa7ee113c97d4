package io.vscreen.chem.standardize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.smiles.SmiFlavor;
import org.openscience.cdk.smiles.SmilesGenerator;

import io.vscreen.chem.MoleculeParser;
import io.vscreen.chem.StructureException;
import io.vscreen.chem.fingerprints.Drugs;

/**
 * The SMILES ordered by CDK's canonical labelling: taken only where stereo cannot be permuted by a
 * symmetry, canonical under any atom order (re-read from a shuffled, non-canonical SMILES), and
 * named with the same InChIKey as the InChI-ordered path.
 */
class CanonOrderedSmilesTest {
    private final MoleculeParser parser = new MoleculeParser();
    private final Standardizer unnamed = new Standardizer(StandardizerOptions.DEFAULTS.withInchiKey(false));
    private final Standardizer named = new Standardizer();

    private IAtomContainer standardized(String smiles) throws StructureException {
        return unnamed.standardize(parser.parseSmiles(smiles)).molecule();
    }

    @Test
    void stereoWithDistinctNeighboursTakesTheCanonPath() throws Exception {
        assertNotNull(CanonOrderedSmiles.smilesIfApplicable(standardized("C[C@H](N)C(=O)O")), "L-alanine");
        assertNotNull(CanonOrderedSmiles.smilesIfApplicable(standardized("C/C=C/C(=O)O")), "crotonic acid");
        assertNotNull(CanonOrderedSmiles.smilesIfApplicable(standardized("CC(=O)Oc1ccccc1C(=O)O")), "aspirin");
    }

    @Test
    void stereoThatASymmetryCouldPermuteTakesTheInchiPath() throws Exception {
        for (String s : List.of(
                "O[C@H]([C@@H](O)C(O)=O)C(O)=O",     // meso-tartaric acid
                "C[C@H]1CC[C@@H](C)CC1",              // cis-1,4-dimethylcyclohexane
                "C(/c1ccccc1)=C\\c1ccccc1",           // (E)-stilbene
                "C/C=C/C",                            // (E)-but-2-ene
                "O[C@H]1[C@H](O)[C@@H](O)[C@H](O)[C@@H](O)[C@@H]1O")) { // myo-inositol
            assertNull(CanonOrderedSmiles.smilesIfApplicable(standardized(s)), s);
        }
        assertNull(CanonOrderedSmiles.smilesIfApplicable(standardized("O=[N+]([O-])c1ccccc1")), "nitrobenzene");
        assertNull(CanonOrderedSmiles.smilesIfApplicable(standardized("[13CH3]O")), "13C-methanol");
    }

    @Test
    void symmetricStereoMoleculesKeepTheirSmilesUnderAnyAtomOrder() throws Exception {
        Random random = new Random(11);
        for (String s : List.of("O[C@H]([C@@H](O)C(O)=O)C(O)=O", "C[C@H]1CC[C@@H](C)CC1", "C[C@H]1CC[C@H](C)CC1",
                "O[C@H]1[C@H](O)[C@@H](O)[C@H](O)[C@@H](O)[C@@H]1O", "C[C@@H]1CC(Nc2cncc(-c3nncn3C)c2)C[C@@H](C)C1")) {
            String expected = unnamed.standardize(parser.parseSmiles(s)).smiles();
            for (int k = 0; k < 5; k++) {
                assertEquals(expected, unnamed.standardize(ShuffledAtoms.of(parser.parseSmiles(s), random)).smiles(), s);
            }
        }
    }

    @Test
    void zincMoleculesOnTheCanonPathKeepTheirSmilesUnderAnyAtomOrder() throws Exception {
        Random random = new Random(5);
        int checked = 0;
        int withStereo = 0;
        for (String s : Drugs.zinc(600)) {
            IAtomContainer m = standardized(s);
            String smiles = CanonOrderedSmiles.smilesIfApplicable(m);
            if (smiles == null) {
                continue;
            }
            for (int k = 0; k < 3; k++) {
                IAtomContainer shuffled = standardized(unordered.create(ShuffledAtoms.of(parser.parseSmiles(s), random)));
                assertEquals(smiles, CanonOrderedSmiles.smilesIfApplicable(shuffled), s);
            }
            checked++;
            if (m.stereoElements().iterator().hasNext()) {
                withStereo++;
            }
        }
        assertTrue(checked > 300 && withStereo > 150, "molecules on the canon path: " + checked + ", with stereo: " + withStereo);
    }

    /** Writes a molecule in its own atom order (not canonical), keeping stereo. */
    private final SmilesGenerator unordered = new SmilesGenerator(SmiFlavor.Stereo | SmiFlavor.AtomicMass);

    @Test
    void keysEqualTheInchiOrderedPathsKeys() throws Exception {
        int compared = 0;
        for (String s : Drugs.zinc(400)) {
            IAtomContainer m = standardized(s);
            if (CanonOrderedSmiles.smilesIfApplicable(m) == null) {
                continue;
            }
            String key = named.standardize(parser.parseSmiles(s)).inchiKey();
            assertEquals(InchiOrderedNames.of(m, true).inchiKey(), key, s);
            assertEquals(27, key.length(), s);
            compared++;
        }
        assertTrue(compared > 200, "molecules compared: " + compared);
    }

    @Test
    void mostZincMoleculesTakeTheCanonPath() throws Exception {
        int canon = 0;
        List<String> zinc = Drugs.zinc(1000);
        for (String s : zinc) {
            if (CanonOrderedSmiles.smilesIfApplicable(standardized(s)) != null) {
                canon++;
            }
        }
        assertTrue(canon > zinc.size() / 2, "ZINC molecules on the canon path: " + canon + " of " + zinc.size());
    }
}
