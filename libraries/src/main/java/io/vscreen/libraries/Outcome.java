package io.vscreen.libraries;

import java.util.Objects;

import org.openscience.cdk.interfaces.IAtomContainer;

/** What became of one library record: a parsed molecule or a reject. Every record yields exactly one. */
public sealed interface Outcome permits Outcome.Parsed, Outcome.Rejected {

    /** 1-based record number in the whole file. */
    long number();

    /** The record's id. */
    String id();

    /** A record whose structure parsed into a molecule. */
    record Parsed(Record record, IAtomContainer molecule) implements Outcome {
        public Parsed {
            Objects.requireNonNull(record, "record");
            Objects.requireNonNull(molecule, "molecule");
        }

        @Override
        public long number() {
            return record.number();
        }

        @Override
        public String id() {
            return record.id();
        }
    }

    /** A record the reader or the parser rejected. */
    record Rejected(Reject reject) implements Outcome {
        public Rejected {
            Objects.requireNonNull(reject, "reject");
        }

        @Override
        public long number() {
            return reject.number();
        }

        @Override
        public String id() {
            return reject.id();
        }
    }
}
