package io.vscreen.screening.pipeline;

import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.smiles.SmiFlavor;
import org.openscience.cdk.smiles.SmilesGenerator;

import io.vscreen.chem.StructureException;
import io.vscreen.chem.prepare.CompoundPreparer;
import io.vscreen.chem.prepare.PreparationOptions;
import io.vscreen.libraries.Entry;
import io.vscreen.libraries.LibrarySpec;
import io.vscreen.libraries.Outcome;
import io.vscreen.libraries.Record;
import io.vscreen.libraries.RecordParser;
import io.vscreen.libraries.Reject;
import io.vscreen.libraries.StructureKind;

/**
 * Turns one library entry into a {@link PreparedRecord}: parse, then prepare. Never throws for a
 * bad record. Not thread-safe: one per worker thread.
 */
public final class RecordPreparer {
    private final RecordParser parser;
    private final CompoundPreparer preparer;
    private final SmilesGenerator inputSmiles = new SmilesGenerator(SmiFlavor.Isomeric);

    public RecordPreparer(LibrarySpec spec, PreparationOptions options) {
        this.parser = new RecordParser(spec);
        this.preparer = new CompoundPreparer(options);
    }

    public PreparedRecord prepare(Entry entry) {
        if (entry instanceof Reject reject) {
            return new PreparedRecord(entry, "", null, reject.reason());
        }
        Record record = (Record) entry;
        String given = record.kind() == StructureKind.SMILES ? record.structure() : "";
        Outcome outcome = parser.parse(record);
        if (outcome instanceof Outcome.Rejected rejected) {
            return new PreparedRecord(entry, given, null, rejected.reject().reason());
        }
        var molecule = ((Outcome.Parsed) outcome).molecule();
        if (record.kind() != StructureKind.SMILES) {
            given = smilesOf(molecule);
        }
        try {
            return new PreparedRecord(entry, given, preparer.prepare(molecule), null);
        } catch (StructureException e) {
            return new PreparedRecord(entry, given, null, e.reason());
        } catch (RuntimeException e) {
            return new PreparedRecord(entry, given, null, "preparation failed: " + e);
        }
    }

    private String smilesOf(org.openscience.cdk.interfaces.IAtomContainer molecule) {
        try {
            return inputSmiles.create(molecule);
        } catch (CDKException | RuntimeException e) {
            return "";
        }
    }
}
