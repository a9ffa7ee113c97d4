package io.vscreen.screening.batch;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import io.vscreen.chem.StructureException;
import io.vscreen.chem.prepare.CompoundPreparer;
import io.vscreen.chem.prepare.PreparedCompound;
import io.vscreen.libraries.Outcome;
import io.vscreen.libraries.Record;
import io.vscreen.libraries.RecordParser;
import io.vscreen.libraries.Reject;

/**
 * The chemistry of the scoring step: parses a record's structure and prepares the compound
 * (standardize, describe, fingerprint, alerts, scaffold), or turns the record into a reject with
 * the reason. One instance per partition (CDK parsers and preparers are not thread-safe).
 */
@Named("compoundPreparation")
public class CompoundPreparation implements ItemProcessor {

    @Inject
    JobContext jobContext;

    private RecordParser parser;
    private CompoundPreparer preparer;

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
            preparer = new CompoundPreparer(ScreenSetup.preparation(parameters));
        }
        Outcome outcome = parser.parse(record);
        if (outcome instanceof Outcome.Rejected r) {
            return new Processed.Rejected(in.record(), in.library(), record.id(), record.raw(), r.reject().reason());
        }
        try {
            PreparedCompound c = preparer.prepare(((Outcome.Parsed) outcome).molecule());
            String identity = c.standardized().hasInchiKey() ? c.inchiKey() : "SMILES:" + c.smiles();
            return new Processed.Prepared(in.record(), in.library(), record.id(), identity, c);
        } catch (StructureException e) {
            return new Processed.Rejected(in.record(), in.library(), record.id(), record.raw(), e.reason());
        } catch (RuntimeException e) {
            return new Processed.Rejected(in.record(), in.library(), record.id(), record.raw(),
                    "cannot standardize: " + e);
        }
    }
}
