package io.vscreen.libraries;

import java.io.IOException;

import io.vscreen.libraries.formats.RecordReaders;

/**
 * Entry point for reading compound libraries:
 * <pre>{@code
 * try (LibraryReader reader = Libraries.open(LibrarySpec.of(Path.of("zinc.smi.gz")))) {
 *     for (Outcome o; (o = reader.next()) != null; ) {
 *         if (o instanceof Outcome.Parsed p) { score(p.molecule()); } else { rejects.write(((Outcome.Rejected) o).reject()); }
 *     }
 * }
 * }</pre>
 * A missing or unreadable file, an unknown format or a missing SMILES column is one
 * {@link LibraryException} naming the file, thrown by {@code open}; bad records become rejects.
 */
public final class Libraries {
    private Libraries() {
    }

    /** Records (text, no chemistry) of the whole library. */
    public static RecordReader openRecords(LibrarySpec spec) throws IOException {
        return RecordReaders.open(spec, new ReaderPosition(0, 1), Long.MAX_VALUE);
    }

    /** Records of one shard. */
    public static RecordReader openRecords(LibrarySpec spec, Shard shard) throws IOException {
        return RecordReaders.open(spec, shard.start(), shard.endByte());
    }

    /** Records of one shard from a saved position inside it (a checkpoint). */
    public static RecordReader openRecords(LibrarySpec spec, Shard shard, ReaderPosition from) throws IOException {
        if (!shard.contains(from)) {
            throw new IllegalArgumentException("position " + from + " is not inside shard " + shard);
        }
        return RecordReaders.open(spec, from, shard.endByte());
    }

    /** Molecules (or rejects) of the whole library. */
    public static LibraryReader open(LibrarySpec spec) throws IOException {
        return new CompoundReader(openRecords(spec), new RecordParser(spec));
    }

    /** Molecules (or rejects) of the whole library, resuming at a saved position. */
    public static LibraryReader open(LibrarySpec spec, ReaderPosition from) throws IOException {
        return open(spec, Shard.whole(), from);
    }

    /** Molecules (or rejects) of one shard. */
    public static LibraryReader open(LibrarySpec spec, Shard shard) throws IOException {
        return new CompoundReader(openRecords(spec, shard), new RecordParser(spec));
    }

    /** Molecules (or rejects) of one shard, resuming at a saved position. */
    public static LibraryReader open(LibrarySpec spec, Shard shard, ReaderPosition from) throws IOException {
        return new CompoundReader(openRecords(spec, shard, from), new RecordParser(spec));
    }

    /**
     * The number of records in the library, every one that readers return (rejects included),
     * counted by framing records without decoding them: fast, for progress totals.
     */
    public static long count(LibrarySpec spec) throws IOException {
        return RecordReaders.count(spec);
    }
}
