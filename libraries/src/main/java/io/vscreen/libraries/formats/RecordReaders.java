package io.vscreen.libraries.formats;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import io.vscreen.libraries.LibraryException;
import io.vscreen.libraries.LibraryFormat;
import io.vscreen.libraries.LibrarySpec;
import io.vscreen.libraries.ReaderPosition;
import io.vscreen.libraries.RecordReader;
import io.vscreen.libraries.Shard;

/**
 * Opens the reader for a library's format, and scans libraries for their record count and
 * record-aligned shard boundaries. Scanning frames records exactly as reading does (same code),
 * so counts, shard boundaries and record numbers agree with what readers return.
 * Callers normally go through {@code Libraries} and {@code Shards}.
 */
public final class RecordReaders {
    private RecordReaders() {
    }

    /**
     * A reader of {@code spec} starting at {@code start} (a record start, or 0 for the beginning;
     * a position before the first record is moved to it) and stopping before the first record that
     * starts at or after {@code endByte}.
     */
    public static RecordReader open(LibrarySpec spec, ReaderPosition start, long endByte) throws IOException {
        return framed(spec, start, endByte);
    }

    private static FramedRecordReader framed(LibrarySpec spec, ReaderPosition start, long endByte) throws IOException {
        LibraryFormat format = spec.resolvedFormat();
        return switch (format) {
            case SMILES -> SmilesRecordReader.open(spec, start, endByte);
            case SDF -> SdfRecordReader.open(spec, start, endByte);
            case CSV, TSV -> DelimitedRecordReader.open(spec, format, start, endByte);
        };
    }

    /** The number of records in the library (rejects included: every record the readers return). */
    public static long count(LibrarySpec spec) throws IOException {
        try (FramedRecordReader r = framed(spec, new ReaderPosition(0, 1), Long.MAX_VALUE)) {
            long n = 0;
            while (r.advance()) {
                n++;
            }
            return n;
        }
    }

    /**
     * Splits the library into {@code n} record-aligned shards of about equal byte size, in one scan
     * that also counts the records of each shard so that record numbers stay global. Shards may be
     * empty when the library has fewer records than shards.
     */
    public static List<Shard> split(LibrarySpec spec, int n) throws IOException {
        if (n < 1) {
            throw new IllegalArgumentException("number of shards must be at least 1, not " + n);
        }
        long size = dataSize(spec);
        try (FramedRecordReader r = framed(spec, new ReaderPosition(0, 1), Long.MAX_VALUE)) {
            long dataStart = r.position().byteOffset();
            long span = Math.max(0, size - dataStart);
            long[] targets = new long[n];
            for (int k = 1; k < n; k++) {
                targets[k] = dataStart + Math.max(1, span * k / n);
            }
            long[] startByte = new long[n + 1];
            long[] firstRecord = new long[n + 1];
            startByte[0] = dataStart;
            firstRecord[0] = 1;
            int k = 1;
            long number = 1;
            while (r.advance()) {
                if (number == 1) {
                    startByte[0] = r.frameStart;
                }
                while (k < n && r.frameStart >= targets[k]) {
                    startByte[k] = r.frameStart;
                    firstRecord[k] = number;
                    k++;
                }
                number++;
            }
            long end = r.position().byteOffset();
            for (; k <= n; k++) {
                startByte[k] = Math.max(end, startByte[k - 1]);
                firstRecord[k] = number;
            }
            List<Shard> shards = new ArrayList<>(n);
            for (int s = 0; s < n; s++) {
                long endByte = s == n - 1 ? Long.MAX_VALUE : startByte[s + 1];
                shards.add(new Shard(s, n, startByte[s], endByte, firstRecord[s], firstRecord[s + 1] - firstRecord[s]));
            }
            return shards;
        }
    }

    /** The file's size in bytes, uncompressed for gzip (which takes one decompressing pass). */
    private static long dataSize(LibrarySpec spec) throws IOException {
        LineInput.checkReadable(spec.path());
        if (!LineInput.isGzip(spec.path())) {
            return Files.size(spec.path());
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(spec.path()), 1 << 16)) {
            byte[] buf = new byte[1 << 16];
            long total = 0;
            int n;
            while ((n = in.read(buf)) >= 0) {
                total += n;
            }
            return total;
        } catch (IOException e) {
            throw new LibraryException(spec.path(), "gzip data corrupt or truncated: " + e.getMessage(), e);
        }
    }
}
