package io.vscreen.screening.batch;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import io.vscreen.chem.StructureException;
import io.vscreen.chem.standardize.StandardizedMolecule;
import io.vscreen.chem.standardize.Standardizer;
import io.vscreen.libraries.Outcome;
import io.vscreen.libraries.Record;
import io.vscreen.libraries.RecordParser;
import io.vscreen.libraries.Reject;

/**
 * The chemistry of the scoring step: parses a record's structure, standardizes it (largest
 * fragment, neutralized, canonical SMILES and InChIKey), or turns the record into a reject with
 * the reason. One instance per partition (CDK parsers and standardizers are not thread-safe).
 */
@Named("compoundPreparation")
public class CompoundPreparation implements ItemProcessor {

    @Inject
    JobContext jobContext;

    private RecordParser parser;
    private final Standardizer standardizer = new Standardizer();

    @Override
    public Object processItem(Object item) throws Exception {
        InputRecord in = (InputRecord) item;
        if (in.entry() instanceof Reject r) {
            return new Processed.Rejected(in.record(), in.library(), r.id(), r.raw(), r.reason());
        }
        Record record = (Record) in.entry();
        if (parser == null) {
            ScreenParameters parameters = ScreenParameters.fromJobParameters(jobContext.getProperties());
            parser = new RecordParser(parameters.librarySpec(in.library()));
        }
        Outcome outcome = parser.parse(record);
        if (outcome instanceof Outcome.Rejected r) {
            return new Processed.Rejected(in.record(), in.library(), record.id(), record.raw(), r.reject().reason());
        }
        try {
            StandardizedMolecule std = standardizer.standardize(((Outcome.Parsed) outcome).molecule());
            String identity = std.hasInchiKey() ? std.inchiKey() : "SMILES:" + std.smiles();
            return new Processed.Prepared(in.record(), in.library(), record.id(), std.smiles(), identity, std.molecule());
        } catch (StructureException e) {
            return new Processed.Rejected(in.record(), in.library(), record.id(), record.raw(), e.reason());
        } catch (RuntimeException e) {
            return new Processed.Rejected(in.record(), in.library(), record.id(), record.raw(),
                    "cannot standardize: " + e);
        }
    }
}
