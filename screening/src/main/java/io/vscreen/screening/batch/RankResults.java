package io.vscreen.screening.batch;

import java.io.BufferedReader;
import java.io.BufferedWriter;
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
 * every InChIKey (lowest record number) and lists the others as duplicates. Both passes are
 * external sorts with a fixed memory budget, so the heap does not grow with the library.
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
        ScreenFiles files = parameters.files();
        Path scratch = files.sortDirectory();
        int partitions = plan.shards().size();
        List<String> libraryNames = new ArrayList<>();
        for (Path p : parameters.libraries()) {
            libraryNames.add(p.getFileName().toString());
        }

        // 1. identity pass: by InChIKey then record number; the first of each key is kept
        Path byKey = files.work().resolve("unique-by-key.tsv");
        Path duplicatesByKey = files.work().resolve("duplicates.tsv");
        long[] tally = new long[2];
        ExternalSort<IdentityKey> byIdentity = new ExternalSort<>(scratch, sortMemory, IdentityKey::of,
                Comparator.comparing(IdentityKey::inchiKey).thenComparingLong(IdentityKey::record));
        try (BufferedWriter kept = Files.newBufferedWriter(byKey, StandardCharsets.UTF_8);
             BufferedWriter dup = Files.newBufferedWriter(duplicatesByKey, StandardCharsets.UTF_8)) {
            String[] first = {null, null};
            byIdentity.sort(lines(files, partitions, true), line -> {
                String key = ResultLine.field(line, ResultLine.INCHIKEY_FIELD);
                if (key.equals(first[0])) {
                    ResultLine r = ResultLine.parse(line);
                    dup.write(r.record() + "\t" + ResultLine.clean(r.id()) + "\t" + key + "\t" + first[1] + "\t"
                            + r.library() + "\n");
                    tally[1]++;
                } else {
                    first[0] = key;
                    first[1] = Long.toString(ResultLine.recordOf(line));
                    kept.write(line);
                    kept.write('\n');
                    tally[0]++;
                }
            });
        }

        // 2. back to record order: the distinct compounds for ranking, the duplicates for the list
        ExternalSort<Long> byRecord = new ExternalSort<>(scratch, sortMemory, ResultLine::recordOf,
                Comparator.naturalOrder());
        Path uniqueTmp = temporary(files.unique());
        try (BufferedWriter out = Files.newBufferedWriter(uniqueTmp, StandardCharsets.UTF_8);
             BufferedReader in = Files.newBufferedReader(byKey, StandardCharsets.UTF_8)) {
            byRecord.sort(readerLines(in), line -> {
                out.write(line);
                out.write('\n');
            });
        }
        Files.deleteIfExists(byKey);
        Path duplicatesTmp = temporary(files.duplicates());
        try (CSVPrinter dup = new CSVPrinter(Files.newBufferedWriter(duplicatesTmp, StandardCharsets.UTF_8), CSV);
             BufferedReader in = Files.newBufferedReader(duplicatesByKey, StandardCharsets.UTF_8)) {
            dup.printRecord("record", "id", "inchikey", "duplicate_of", "library");
            byRecord.sort(readerLines(in), line -> {
                String[] f = line.split("\t", 5);
                dup.printRecord(f[0], f[1], f[2], f[3], libraryNames.get(Integer.parseInt(f[4])));
            });
        }
        Files.deleteIfExists(duplicatesByKey);

        // 3. rejects: partitions follow the record order, and each file is in record order
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
        return new ScreenCounts(plan.records(), tally[0], rejected, tally[1]);
    }

    private static Path temporary(Path file) {
        return file.resolveSibling(file.getFileName() + ".tmp");
    }

    private record IdentityKey(String inchiKey, long record) {
        static IdentityKey of(String line) {
            return new IdentityKey(ResultLine.field(line, ResultLine.INCHIKEY_FIELD), ResultLine.recordOf(line));
        }
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
