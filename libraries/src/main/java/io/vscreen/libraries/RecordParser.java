package io.vscreen.libraries;

import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.silent.SilentChemObjectBuilder;

import io.vscreen.chem.MoleculeParser;
import io.vscreen.chem.StructureException;

/**
 * Turns a {@link Record} into an {@link Outcome}: the molecule, or a reject with the parser's
 * reason. Records over the heavy-atom limit are rejected from a count of the text, before any
 * parsing. Never throws for a bad record. Not thread-safe (it owns a CDK parser): one per thread.
 */
public final class RecordParser {
    private final MoleculeParser parser;
    private final int maxHeavyAtoms;

    /** A parser rejecting molecules with more than {@code maxHeavyAtoms} heavy atoms. */
    public RecordParser(int maxHeavyAtoms) {
        this.maxHeavyAtoms = maxHeavyAtoms;
        this.parser = new MoleculeParser(SilentChemObjectBuilder.getInstance(), maxHeavyAtoms);
    }

    /** A parser with the spec's heavy-atom limit. */
    public RecordParser(LibrarySpec spec) {
        this(spec.maxHeavyAtoms());
    }

    /** The record's outcome. */
    public Outcome parse(Record record) {
        String structure = record.structure();
        int heavy = record.kind() == StructureKind.SMILES ? HeavyAtomCount.ofSmiles(structure)
                : HeavyAtomCount.ofMolfile(structure);
        if (heavy > maxHeavyAtoms) {
            return rejected(record, "molecule too large: " + heavy + " heavy atoms (limit " + maxHeavyAtoms + ")");
        }
        try {
            IAtomContainer mol = record.kind() == StructureKind.SMILES ? parser.parseSmiles(structure)
                    : parser.parseMolfile(structure);
            return new Outcome.Parsed(record, mol);
        } catch (StructureException e) {
            return rejected(record, e.reason());
        } catch (RuntimeException e) {
            return rejected(record, "unreadable structure: " + e);
        } catch (StackOverflowError e) {
            return rejected(record, "structure too deeply nested to parse");
        }
    }

    private static Outcome rejected(Record record, String reason) {
        return new Outcome.Rejected(new Reject(record.number(), record.id(), record.raw(), reason));
    }
}
