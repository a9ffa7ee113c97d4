package io.vscreen.screening.batch;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import io.vscreen.libraries.Reject;
import io.vscreen.libraries.writers.RejectsCsvWriter;

/**
 * The merge step before ranking: merges the partitions' results, keeps the first occurrence of
 * every InChIKey (lowest record number) and lists the others as duplicates. Only the compounds'
 * identities are sorted, externally and with a fixed memory budget, so the heap does not grow
 * with the library.
 *
 * <p>Writes the distinct compounds in record order (work file {@code unique.tsv}, for the report
 * step's ranking), {@code rejects.csv}, {@code duplicates.csv} (each atomically, through a
 * temporary file) and the counts; a restarted step simply does it again.
 */
@Named("rankResults")
public class RankResults extends AbstractBatchlet {

    /** Memory for each sort's in-memory runs. */
    static final long SORT_MEMORY = 64L << 20;

    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").build();

    @Inject
    JobContext jobContext;

    @Override
    public String process() throws Exception {
        ScreenParameters parameters = ScreenParameters.fromJobParameters(jobContext.getProperties());
        ScreenCounts counts = rank(parameters, ScreenPlan.read(parameters.files().plan()), SORT_MEMORY);
        counts.write(parameters.files().counts());
        return "RANKED";
    }

    /** Ranks the partition results of a planned screen; returns the counts. */
    static ScreenCounts rank(ScreenParameters parameters, ScreenPlan plan, long sortMemory) throws IOException {
        List<String> libraryNames = new ArrayList<>();
        for (Path p : parameters.libraries()) {
            libraryNames.add(p.getFileName().toString());
        }
        return rank(parameters.files(), libraryNames, plan.shards().size(), plan.records(), sortMemory);
    }

    /**
     * The merge proper. Only the identities travel through the sorts (InChIKey, record, library,
     * id: a few dozen bytes per compound); the result lines themselves, about a kilobyte each, are
     * read twice in file order and never sorted: the partitions follow the record order, so the
     * distinct compounds are the partitions' lines minus the duplicates' records.
     */
    static ScreenCounts rank(ScreenFiles files, List<String> libraryNames, int partitions, long records,
                             long sortMemory) throws IOException {
        Path scratch = files.sortDirectory();

        // 1. identity pass: by InChIKey then record number; the first of each key is kept
        Path duplicatesByKey = files.work().resolve("duplicates.tsv");
        long[] tally = new long[2];
        ExternalSort<Identity> byIdentity = new ExternalSort<>(scratch, sortMemory, Identity::of,
                Comparator.comparing(Identity::inchiKey).thenComparingLong(Identity::record));
        try (BufferedWriter dup = Files.newBufferedWriter(duplicatesByKey, StandardCharsets.UTF_8)) {
            String[] first = {null, null};
            byIdentity.sort(identities(lines(files, partitions, true)), line -> {
                Identity i = Identity.of(line);
                if (i.inchiKey().equals(first[0])) {
                    // record, id, InChIKey, first record, library
                    String[] f = line.split("\t", 4);
                    dup.write(f[1] + "\t" + f[3] + "\t" + f[0] + "\t" + first[1] + "\t" + f[2] + "\n");
                    tally[1]++;
                } else {
                    first[0] = i.inchiKey();
                    first[1] = Long.toString(i.record());
                    tally[0]++;
                }
            });
        }

        // 2. the duplicates in record order: listed for the chemist, and dropped from the results
        ExternalSort<Long> byRecord = new ExternalSort<>(scratch, sortMemory, ResultLine::recordOf,
                Comparator.naturalOrder());
        Path duplicatesTmp = temporary(files.duplicates());
        Path dropped = files.work().resolve("duplicate-records.bin");
        try (CSVPrinter dup = new CSVPrinter(Files.newBufferedWriter(duplicatesTmp, StandardCharsets.UTF_8), CSV);
             DataOutputStream drop = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(dropped)));
             BufferedReader in = Files.newBufferedReader(duplicatesByKey, StandardCharsets.UTF_8)) {
            dup.printRecord("record", "id", "inchikey", "duplicate_of", "library");
            byRecord.sort(readerLines(in), line -> {
                String[] f = line.split("\t", 5);
                dup.printRecord(f[0], f[1], f[2], f[3], libraryNames.get(Integer.parseInt(f[4])));
                drop.writeLong(Long.parseLong(f[0]));
            });
        }
        Files.deleteIfExists(duplicatesByKey);

        // 3. the distinct compounds, in record order, for the report step's ranking
        Path uniqueTmp = temporary(files.unique());
        try (BufferedWriter out = Files.newBufferedWriter(uniqueTmp, StandardCharsets.UTF_8);
             DataInputStream drop = new DataInputStream(new BufferedInputStream(Files.newInputStream(dropped)))) {
            long nextDropped = nextRecord(drop);
            long previous = -1;
            Iterator<String> it = lines(files, partitions, true);
            while (it.hasNext()) {
                String line = it.next();
                long record = ResultLine.recordOf(line);
                if (record <= previous) {
                    throw new IllegalStateException("partition results out of record order in " + files.work()
                            + ": record " + record + " after record " + previous);
                }
                previous = record;
                if (record == nextDropped) {
                    nextDropped = nextRecord(drop);
                } else {
                    out.write(line);
                    out.write('\n');
                }
            }
        }
        Files.deleteIfExists(dropped);

        // 4. rejects: partitions follow the record order, and each file is in record order
        Path rejectsTmp = temporary(files.rejects());
        long rejected;
        try (RejectsCsvWriter rejects = RejectsCsvWriter.create(rejectsTmp)) {
            Iterator<String> it = lines(files, partitions, false);
            while (it.hasNext()) {
                RejectLine r = RejectLine.parse(it.next());
                rejects.write(new Reject(r.record(), r.id(), r.raw(), r.reason()));
            }
            rejected = rejects.count();
        }
        Files.move(duplicatesTmp, files.duplicates(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Files.move(rejectsTmp, files.rejects(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Files.move(uniqueTmp, files.unique(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return new ScreenCounts(records, tally[0], rejected, tally[1]);
    }

    private static long nextRecord(DataInputStream drop) throws IOException {
        try {
            return drop.readLong();
        } catch (EOFException e) {
            return -1;
        }
    }

    private static Path temporary(Path file) {
        return file.resolveSibling(file.getFileName() + ".tmp");
    }

    /** A compound's identity line: {@code InChIKey, record, library, id} (tab-separated). */
    private record Identity(String inchiKey, long record) {
        static Identity of(String line) {
            int a = line.indexOf('\t');
            int b = line.indexOf('\t', a + 1);
            return new Identity(line.substring(0, a), Long.parseLong(line, a + 1, b, 10));
        }
    }

    /** The identity lines of result lines ({@code record, library, InChIKey, qed, id, ...}). */
    private static Iterator<String> identities(Iterator<String> results) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return results.hasNext();
            }

            @Override
            public String next() {
                String line = results.next();
                int t0 = line.indexOf('\t');
                int t1 = line.indexOf('\t', t0 + 1);
                int t2 = line.indexOf('\t', t1 + 1);
                int t3 = line.indexOf('\t', t2 + 1);
                int t4 = line.indexOf('\t', t3 + 1);
                return line.substring(t1 + 1, t2) + '\t' + line.substring(0, t0) + '\t' + line.substring(t0 + 1, t1)
                        + '\t' + line.substring(t3 + 1, t4 < 0 ? line.length() : t4);
            }
        };
    }

    /** The lines of all partition result (or reject) files, partition by partition. */
    private static Iterator<String> lines(ScreenFiles files, int partitions, boolean results) {
        return new Iterator<>() {
            private int partition = -1;
            private BufferedReader reader;
            private String next;

            @Override
            public boolean hasNext() {
                try {
                    while (next == null) {
                        if (reader != null) {
                            next = reader.readLine();
                            if (next != null) {
                                break;
                            }
                            reader.close();
                            reader = null;
                        }
                        if (++partition >= partitions) {
                            return false;
                        }
                        Path p = results ? files.partitionResults(partition) : files.partitionRejects(partition);
                        if (Files.exists(p)) {
                            reader = Files.newBufferedReader(p, StandardCharsets.UTF_8);
                        }
                    }
                    return true;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public String next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                String n = next;
                next = null;
                return n;
            }
        };
    }

    private static Iterator<String> readerLines(BufferedReader in) {
        return in.lines().iterator();
    }
}
