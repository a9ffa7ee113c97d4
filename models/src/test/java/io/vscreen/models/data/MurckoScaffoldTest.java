package io.vscreen.models.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openscience.cdk.smiles.SmiFlavor;
import org.openscience.cdk.smiles.SmilesGenerator;

import io.vscreen.chem.MoleculeParser;

/** Murcko scaffolds of named drugs agree with RDKit's (src/test/scripts/murcko_reference.py). */
class MurckoScaffoldTest {

    @Test
    void scaffoldsOfDrugsMatchRdkit() throws Exception {
        MoleculeParser parser = new MoleculeParser();
        MurckoScaffold murcko = new MurckoScaffold();
        SmilesGenerator unique = new SmilesGenerator(SmiFlavor.Unique);
        List<String> lines;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("murcko-reference.tsv"), StandardCharsets.UTF_8))) {
            lines = r.lines().skip(1).toList();
        }
        assertEquals(8, lines.size());
        for (String line : lines) {
            String[] f = line.split("\t", -1);
            String expected = f[2].isEmpty() ? "" : unique.create(parser.parseSmiles(f[2]));
            assertEquals(expected, murcko.apply(parser.parseSmiles(f[1])), f[0]);
        }
    }

    @Test
    void doesNotChangeTheMolecule() throws Exception {
        var mol = new MoleculeParser().parseSmiles("CC(=O)Oc1ccccc1C(=O)O");
        new MurckoScaffold().apply(mol);
        assertEquals(13, mol.getAtomCount());
    }
}
