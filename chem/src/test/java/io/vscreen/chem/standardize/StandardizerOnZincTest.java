package io.vscreen.chem.standardize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.zip.GZIPInputStream;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.openscience.cdk.interfaces.IAtomContainer;

import io.vscreen.chem.MoleculeParser;
import io.vscreen.chem.fingerprints.Drugs;
import io.vscreen.chem.testing.SharedData;

/** Canonical names are stable on real screening molecules: writing and re-reading changes nothing. */
class StandardizerOnZincTest {

    @Test
    void canonicalSmilesAndInchiKeySurviveARoundTrip() throws Exception {
        MoleculeParser parser = new MoleculeParser();
        Standardizer standardizer = new Standardizer();
        int checked = 0;
        int charged = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(SharedData.file("library/zinc.txt.gz"))),
                StandardCharsets.UTF_8))) {
            for (String line; checked < 400 && (line = r.readLine()) != null; checked++) {
                if (line.contains("+") || line.contains("-]")) {
                    charged++;
                }
                StandardizedMolecule first = standardizer.standardize(parser.parseSmiles(line));
                StandardizedMolecule again = standardizer.standardize(parser.parseSmiles(first.smiles()));
                assertEquals(first.smiles(), again.smiles(), line);
                assertEquals(first.inchiKey(), again.inchiKey(), line);
                assertTrue(first.inchiKey().matches("[A-Z]{14}-[A-Z]{10}-[A-Z]"), first.inchiKey());
                for (String acidOrBase : new String[] {"[NH+]", "[NH2+]", "[NH3+]", "[nH+]", "C(=O)[O-]", "C([O-])=O"}) {
                    assertTrue(!first.smiles().contains(acidOrBase), "not neutralized: " + first.smiles());
                }
            }
        }
        assertEquals(400, checked);
        assertTrue(charged > 50, "ZINC writes protonated amines and carboxylates: " + charged);
    }

    /** One standardizer per thread: parallel partitions (and the native InChI library) give the same names. */
    @Test
    void parallelStandardizersAgreeWithOneThread() throws Exception {
        List<String> smiles = Drugs.zinc(300);
        List<String> single = names(smiles);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<List<String>>> runs = new ArrayList<>();
            for (int t = 0; t < 3; t++) {
                runs.add(pool.submit(() -> names(smiles)));
            }
            for (Future<List<String>> run : runs) {
                assertEquals(single, run.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<String> names(List<String> smiles) throws Exception {
        MoleculeParser parser = new MoleculeParser();
        Standardizer standardizer = new Standardizer();
        List<String> out = new ArrayList<>();
        for (String s : smiles) {
            StandardizedMolecule m = standardizer.standardize(parser.parseSmiles(s));
            out.add(m.smiles() + " " + m.inchiKey());
        }
        return out;
    }

    /** The same molecule with its atoms and bonds in another order gets the same canonical SMILES. */
    @Test
    void canonicalSmilesDoesNotDependOnAtomOrder() throws Exception {
        MoleculeParser parser = new MoleculeParser();
        Standardizer standardizer = new Standardizer(StandardizerOptions.DEFAULTS.withInchiKey(false));
        Random random = new Random(7);
        int checked = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(SharedData.file("library/zinc.txt.gz"))),
                StandardCharsets.UTF_8))) {
            for (String line; checked < 500 && (line = r.readLine()) != null; checked++) {
                String expected = standardizer.standardize(parser.parseSmiles(line)).smiles();
                for (int k = 0; k < 2; k++) {
                    IAtomContainer shuffled = ShuffledAtoms.of(parser.parseSmiles(line), random);
                    assertEquals(expected, standardizer.standardize(shuffled).smiles(), line);
                }
            }
        }
        assertEquals(500, checked);
    }
}
