package io.vscreen.chem.standardize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.inchi.InChIGenerator;
import org.openscience.cdk.inchi.InChIGeneratorFactory;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.smiles.SmilesGenerator;

import io.github.dan2097.jnainchi.InchiStatus;
import io.vscreen.chem.MoleculeParser;
import io.vscreen.chem.StructureException;
import io.vscreen.chem.fingerprints.Drugs;
import io.vscreen.chem.testing.SharedData;

/**
 * One InChI run names a molecule exactly as CDK's two do: the canonical isomeric SMILES of
 * {@code SmilesGenerator} and the standard InChIKey of {@code InChIGenerator}, on real molecules with
 * stereo and charges (ZINC) and on Tox21 (salts, metals, charge-separated groups).
 */
class InchiOrderedNamesTest {

    @Test
    void cdkInternalsAreReachable() {
        assertTrue(InchiOrderedNames.available(), "CDKToBeam / InChINumbersTools not reachable");
    }

    @Test
    void standardInchiIsTheMainLayersOfTheFixedHydrogenInchi() {
        assertEquals("InChI=1S/C2H4O2/c1-2(3)4/h1H3,(H,3,4)",
                InchiOrderedNames.standardInchi("InChI=1/C2H4O2/c1-2(3)4/h1H3,(H,3,4)/f/h3H"));
        // acetic acid's standard InChIKey (PubChem CID 176)
        assertEquals("QTBSBXVTEAMEQO-UHFFFAOYSA-N",
                InchiOrderedNames.standardKey("InChI=1/C2H4O2/c1-2(3)4/h1H3,(H,3,4)/f/h3H"));
        assertEquals(null, InchiOrderedNames.standardInchi("not an inchi"));
    }

    @Test
    void agreesWithCdkOnZinc() throws Exception {
        List<String> smiles = Drugs.zinc(1500);
        int compared = compare(smiles);
        assertTrue(compared > 700, "ZINC molecules with stereo or charges compared: " + compared);
    }

    @Test
    void agreesWithCdkOnTox21() throws Exception {
        List<String> smiles = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(SharedData.file("moleculenet/tox21.csv"), StandardCharsets.UTF_8)) {
            String header = r.readLine();
            String[] columns = header.split(",");
            int col = 0;
            for (int i = 0; i < columns.length; i++) {
                if (columns[i].strip().equalsIgnoreCase("smiles")) {
                    col = i;
                }
            }
            for (String line; smiles.size() < 1500 && (line = r.readLine()) != null; ) {
                String[] f = line.split(",");
                if (f.length > col) {
                    smiles.add(f[col].strip());
                }
            }
        }
        int compared = compare(smiles);
        assertTrue(compared > 300, "Tox21 molecules with stereo or charges compared: " + compared);
    }

    /** Standardizes without names, then compares both paths on the InChI-ordered molecules. */
    private static int compare(List<String> smiles) throws CDKException {
        MoleculeParser parser = new MoleculeParser();
        Standardizer unnamed = new Standardizer(StandardizerOptions.DEFAULTS.withInchiKey(false));
        SmilesGenerator cdk = new SmilesGenerator(InchiOrderedNames.FLAVOUR);
        int compared = 0;
        for (String s : smiles) {
            IAtomContainer m;
            try {
                m = unnamed.standardize(parser.parseSmiles(s)).molecule();
            } catch (StructureException e) {
                continue;
            }
            boolean stereoOrCharge = m.stereoElements().iterator().hasNext();
            for (IAtom a : m.atoms()) {
                stereoOrCharge |= a.getFormalCharge() != null && a.getFormalCharge() != 0;
            }
            if (!stereoOrCharge || !InchiOrderedNames.applies(m)) {
                continue;
            }
            String expectedSmiles;
            try {
                expectedSmiles = cdk.create(m);
            } catch (CDKException e) {
                continue;
            }
            InChIGenerator standard = InChIGeneratorFactory.getInChIGenerator(m);
            String expectedKey = standard.getStatus() == InchiStatus.SUCCESS || standard.getStatus() == InchiStatus.WARNING
                    ? standard.getInchiKey() : "";
            InchiOrderedNames.Names names = InchiOrderedNames.of(m, true);
            assertEquals(expectedSmiles, names.smiles(), s);
            assertEquals(expectedKey, names.inchiKey(), s);
            compared++;
        }
        return compared;
    }
}
