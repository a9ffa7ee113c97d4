package io.vscreen.chem.graph;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.openscience.cdk.interfaces.IAtomContainer;

import io.vscreen.chem.MoleculeParser;
import io.vscreen.chem.StructureException;
import io.vscreen.chem.fingerprints.Drugs;

/**
 * Hybridization, aromaticity, CIP labels and conjugation of the graph features against RDKit on 300
 * ZINC molecules (atoms in SMILES order in both toolkits). Reference made by
 * {@code src/test/scripts/rdkit_features.py}; agreement is counted per atom and per molecule.
 */
class RdkitAtomFeaturesAgreementTest {

    private static final String HYB_CODES = "123450"; // sp, sp2, sp3, sp3d, sp3d2, other

    @Test
    void agreesWithRdkit() throws IOException, StructureException {
        List<String> smiles = Drugs.zinc(300);
        MoleculeParser parser = new MoleculeParser();
        MolGraphEncoder encoder = new MolGraphEncoder();
        int atoms = 0;
        int hybDiff = 0;
        int aromDiff = 0;
        int cipDiff = 0;
        int conjMolDiff = 0;
        int molecules = 0;
        List<String> notes = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("atom_features_zinc.tsv"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#") || line.startsWith("row\t")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                int row = Integer.parseInt(f[0]);
                IAtomContainer mol = parser.parseSmiles(smiles.get(row));
                MolGraph g = encoder.encode(mol);
                if (g.atomCount() != f[1].length()) {
                    continue;
                }
                molecules++;
                for (int i = 0; i < g.atomCount(); i++) {
                    atoms++;
                    int hyb = slot(g, i, MolGraphEncoder.HYBRIDIZATION, 6);
                    if (HYB_CODES.charAt(hyb) != f[1].charAt(i)) {
                        hybDiff++;
                        notes.add("row " + row + " atom " + i + " hybridization " + HYB_CODES.charAt(hyb) + " vs " + f[1].charAt(i));
                    }
                    char arom = g.atomFeature(i, MolGraphEncoder.AROMATIC) == 1f ? '1' : '0';
                    if (arom != f[2].charAt(i)) {
                        aromDiff++;
                        notes.add("row " + row + " atom " + i + " aromatic " + arom + " vs " + f[2].charAt(i));
                    }
                    int chir = slot(g, i, MolGraphEncoder.CHIRALITY, 4);
                    char cip = chir == 1 ? 'R' : chir == 2 ? 'S' : '.';
                    if (cip != f[3].charAt(i)) {
                        cipDiff++;
                        notes.add("row " + row + " atom " + i + " CIP " + cip + " vs " + f[3].charAt(i));
                    }
                }
                TreeSet<String> conj = new TreeSet<>();
                for (int e = 0; e < g.edgeCount(); e += 2) {
                    if (g.bondFeature(e, MolGraphEncoder.CONJUGATED) == 1f) {
                        int u = Math.min(g.edgeSource()[e], g.edgeTarget()[e]);
                        int v = Math.max(g.edgeSource()[e], g.edgeTarget()[e]);
                        conj.add(u + "-" + v);
                    }
                }
                TreeSet<String> theirs = new TreeSet<>(f[4].isEmpty() ? List.of() : List.of(f[4].split(" ")));
                if (!conj.equals(theirs)) {
                    conjMolDiff++;
                    notes.add("row " + row + " conjugated " + conj + " vs " + theirs);
                }
            }
        }
        notes.forEach(System.out::println);
        System.out.printf("%d molecules, %d atoms: hybridization differs on %d, aromaticity on %d, CIP on %d atoms;"
                + " conjugated bond sets differ in %d molecules%n", molecules, atoms, hybDiff, aromDiff, cipDiff, conjMolDiff);
        assertTrue(molecules >= 295, "molecules compared " + molecules);
        // all four agree exactly when last measured; the margins leave room for toolkit updates
        assertTrue(hybDiff <= atoms / 500, "hybridization differences " + hybDiff);
        assertTrue(aromDiff <= atoms / 500, "aromaticity differences " + aromDiff);
        assertTrue(cipDiff <= atoms / 500, "CIP differences " + cipDiff);
        assertTrue(conjMolDiff <= molecules / 100, "conjugation differences " + conjMolDiff);
    }

    private static int slot(MolGraph g, int atom, int first, int width) {
        for (int k = 0; k < width; k++) {
            if (g.atomFeature(atom, first + k) == 1f) {
                return k;
            }
        }
        return -1;
    }
}
