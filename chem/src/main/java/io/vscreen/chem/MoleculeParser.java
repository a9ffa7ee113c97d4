package io.vscreen.chem;

import java.io.StringReader;
import java.util.Objects;

import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.exception.InvalidSmilesException;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IChemObjectBuilder;
import org.openscience.cdk.interfaces.IPseudoAtom;
import org.openscience.cdk.io.MDLV2000Reader;
import org.openscience.cdk.io.MDLV3000Reader;
import org.openscience.cdk.io.IChemObjectReader.Mode;
import org.openscience.cdk.silent.SilentChemObjectBuilder;
import org.openscience.cdk.smiles.SmilesParser;

/**
 * Turns structure text (SMILES or an MDL molfile, V2000 or V3000) into a CDK molecule, or a
 * {@link StructureException} whose reason a chemist understands.
 *
 * <p>Nitro groups and N-oxides written with five-valent nitrogen ({@code N(=O)=O}, {@code n1=O})
 * are rewritten charge-separated first, as RDKit's sanitization does ({@link ChargeSeparation}).
 * Beyond syntax, every molecule passes the same checks: no unknown elements, a Kekulé form for
 * every aromatic system, permitted valences ({@link ValenceCheck}) and a size limit. Not
 * thread-safe (CDK parsers keep state): use one instance per thread.
 */
public final class MoleculeParser {

    /** Default upper bound on heavy atoms; larger records are rejected, not parsed. */
    public static final int DEFAULT_MAX_HEAVY_ATOMS = 1000;

    private final IChemObjectBuilder builder;
    private final SmilesParser smilesParser;
    private final int maxHeavyAtoms;

    public MoleculeParser() {
        this(SilentChemObjectBuilder.getInstance(), DEFAULT_MAX_HEAVY_ATOMS);
    }

    public MoleculeParser(IChemObjectBuilder builder, int maxHeavyAtoms) {
        this.builder = Objects.requireNonNull(builder, "builder");
        this.smilesParser = new SmilesParser(builder);
        this.maxHeavyAtoms = maxHeavyAtoms;
    }

    /** Parses one SMILES string (no title or id: pass only the structure token). */
    public IAtomContainer parseSmiles(String smiles) throws StructureException {
        if (smiles == null || smiles.isBlank()) {
            throw new StructureException("empty record");
        }
        String s = smiles.strip();
        IAtomContainer mol;
        try {
            mol = smilesParser.parseSmiles(s);
        } catch (InvalidSmilesException e) {
            throw new StructureException(SmilesErrors.explain(s, e.getMessage()), e);
        } catch (RuntimeException e) {
            throw new StructureException("unreadable SMILES: " + e, e);
        }
        if (mol.isEmpty()) {
            throw new StructureException("no atoms in SMILES '" + s + "'");
        }
        return checked(mol);
    }

    /** Parses one molfile block (header, counts line, atom and bond blocks, 'M  END'). */
    public IAtomContainer parseMolfile(String molfile) throws StructureException {
        if (molfile == null || molfile.isBlank()) {
            throw new StructureException("empty record");
        }
        boolean v3000 = molfile.contains("V3000");
        IAtomContainer mol;
        try {
            if (v3000) {
                try (MDLV3000Reader r = new MDLV3000Reader(new StringReader(molfile), Mode.STRICT)) {
                    mol = r.read(builder.newAtomContainer());
                }
            } else {
                try (MDLV2000Reader r = new MDLV2000Reader(new StringReader(molfile), Mode.STRICT)) {
                    mol = r.read(builder.newAtomContainer());
                }
            }
        } catch (CDKException e) {
            throw new StructureException("unreadable " + (v3000 ? "V3000" : "V2000") + " molfile: "
                    + firstLine(e.getMessage()), e);
        } catch (java.io.IOException | RuntimeException e) {
            throw new StructureException("unreadable molfile: " + firstLine(String.valueOf(e.getMessage())), e);
        }
        if (mol == null || mol.isEmpty()) {
            throw new StructureException("no atoms in molfile");
        }
        return checked(mol);
    }

    private IAtomContainer checked(IAtomContainer mol) throws StructureException {
        int heavy = 0;
        for (IAtom atom : mol.atoms()) {
            if (atom instanceof IPseudoAtom || atom.getAtomicNumber() == null || atom.getAtomicNumber() == 0) {
                String label = atom instanceof IPseudoAtom p ? p.getLabel() : atom.getSymbol();
                throw new StructureException("unknown element '" + label + "' at atom " + (atom.getIndex() + 1));
            }
            if (atom.getAtomicNumber() > 1) {
                heavy++;
            }
        }
        if (heavy > maxHeavyAtoms) {
            throw new StructureException("molecule too large: " + heavy + " heavy atoms (limit " + maxHeavyAtoms + ")");
        }
        ChargeSeparation.apply(mol);
        ValenceCheck.check(mol);
        return mol;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no detail";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
