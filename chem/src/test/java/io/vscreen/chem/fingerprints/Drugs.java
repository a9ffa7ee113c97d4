package io.vscreen.chem.fingerprints;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPInputStream;

import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.openscience.cdk.smiles.SmiFlavor;
import org.openscience.cdk.smiles.SmilesGenerator;

import io.vscreen.chem.MoleculeParser;
import io.vscreen.chem.StructureException;
import io.vscreen.chem.testing.SharedData;

/** Named drug structures and molecule helpers for the chemistry tests. */
public final class Drugs {
    public static final String ASPIRIN = "CC(=O)Oc1ccccc1C(=O)O";
    public static final String CAFFEINE = "Cn1cnc2c1c(=O)n(C)c(=O)n2C";
    public static final String IBUPROFEN = "CC(C)Cc1ccc(cc1)C(C)C(=O)O";
    public static final String IMATINIB = "Cc1ccc(NC(=O)c2ccc(CN3CCN(C)CC3)cc2)cc1Nc1nccc(n1)-c1cccnc1";
    public static final String PARACETAMOL = "CC(=O)Nc1ccc(O)cc1";
    public static final String L_ALANINE = "N[C@@H](C)C(=O)O";
    public static final String ALL[] = {ASPIRIN, CAFFEINE, IBUPROFEN, IMATINIB, PARACETAMOL, L_ALANINE};

    private Drugs() {
    }

    /** Parses a SMILES that must be valid. */
    public static IAtomContainer parse(String smiles) {
        try {
            return new MoleculeParser().parseSmiles(smiles);
        } catch (StructureException e) {
            throw new AssertionError("test structure " + smiles + ": " + e.reason(), e);
        }
    }

    /**
     * The same molecule written with a random atom and bond order (non-canonical SMILES of a
     * shuffled copy), optionally with aromatic symbols, and parsed again.
     */
    public static IAtomContainer shuffled(IAtomContainer mol, Random random, boolean aromaticSymbols) {
        try {
            IAtomContainer copy = mol.clone();
            List<IAtom> atoms = new ArrayList<>();
            copy.atoms().forEach(atoms::add);
            List<IBond> bonds = new ArrayList<>();
            copy.bonds().forEach(bonds::add);
            Collections.shuffle(atoms, random);
            Collections.shuffle(bonds, random);
            copy.setAtoms(atoms.toArray(new IAtom[0]));
            copy.setBonds(bonds.toArray(new IBond[0]));
            int flavor = SmiFlavor.Stereo | (aromaticSymbols ? SmiFlavor.UseAromaticSymbols : 0);
            String smi = new SmilesGenerator(flavor).create(copy);
            return parse(smi);
        } catch (CloneNotSupportedException | CDKException e) {
            throw new AssertionError(e);
        }
    }

    /** CDK canonical SMILES with stereo (Kekulé form), as the round-trip tests write it. */
    public static String canonical(IAtomContainer mol) {
        try {
            return new SmilesGenerator(SmiFlavor.Canonical | SmiFlavor.Stereo).create(mol);
        } catch (CDKException e) {
            throw new AssertionError(e);
        }
    }

    /** The first {@code n} SMILES of the ZINC library (skips the test when the data are absent). */
    public static List<String> zinc(int n) {
        Path p = SharedData.file("library/zinc.txt.gz");
        List<String> out = new ArrayList<>(n);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(p)),
                StandardCharsets.US_ASCII))) {
            String line;
            while (out.size() < n && (line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    out.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new AssertionError("reading " + p + ": " + e, e);
        }
        return out;
    }
}
