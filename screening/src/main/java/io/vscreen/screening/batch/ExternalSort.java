package io.vscreen.screening.batch;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.Function;

/**
 * Sorts text lines that may not fit in memory: sorted runs of at most {@code memoryBudget}
 * bytes (estimated) are written to a scratch directory and then merged, at most
 * {@value #FAN_IN} runs at a time. With fewer lines than the budget nothing touches the disk.
 *
 * <p>The order must be total (for example ending with the record number) for the output to be
 * deterministic; among equal keys, lines keep their input order.
 *
 * @param <K> the sort key extracted once from each line
 */
public final class ExternalSort<K> {

    static final int FAN_IN = 128;

    private final Path scratch;
    private final long memoryBudget;
    private final Function<String, K> key;
    private final Comparator<K> order;
    private int runCounter;

    public ExternalSort(Path scratch, long memoryBudget, Function<String, K> key, Comparator<K> order) {
        this.scratch = scratch;
        this.memoryBudget = memoryBudget;
        this.key = key;
        this.order = order;
    }

    /** Line consumer that may fail with an I/O error. */
    @FunctionalInterface
    public interface LineSink {
        void accept(String line) throws IOException;
    }

    private record Entry<K>(K key, String line, int source) {
    }

    /** Sorts the lines (without terminators) and hands them to {@code out} in order. */
    public void sort(Iterator<String> lines, LineSink out) throws IOException {
        List<Path> runs = new ArrayList<>();
        List<Entry<K>> buffer = new ArrayList<>();
        long used = 0;
        try {
            while (lines.hasNext()) {
                String line = lines.next();
                buffer.add(new Entry<>(key.apply(line), line, 0));
                used += 2L * line.length() + 96;
                if (used >= memoryBudget) {
                    runs.add(writeRun(buffer));
                    buffer.clear();
                    used = 0;
                }
            }
            if (runs.isEmpty()) {
                buffer.sort(entryOrder());
                for (Entry<K> e : buffer) {
                    out.accept(e.line());
                }
                return;
            }
            if (!buffer.isEmpty()) {
                runs.add(writeRun(buffer));
                buffer.clear();
            }
            while (runs.size() > FAN_IN) {
                List<Path> group = new ArrayList<>(runs.subList(0, FAN_IN));
                Path merged = newRun();
                try (BufferedWriter w = Files.newBufferedWriter(merged, StandardCharsets.UTF_8)) {
                    merge(group, line -> {
                        w.write(line);
                        w.write('\n');
                    });
                }
                for (Path p : group) {
                    Files.deleteIfExists(p);
                }
                runs.subList(0, FAN_IN).clear();
                runs.add(merged);
            }
            merge(runs, out);
        } finally {
            for (Path p : runs) {
                Files.deleteIfExists(p);
            }
        }
    }

    private Comparator<Entry<K>> entryOrder() {
        return Comparator.comparing((Entry<K> e) -> e.key(), order);
    }

    private Path newRun() throws IOException {
        Files.createDirectories(scratch);
        return scratch.resolve(String.format("run-%05d.tsv", runCounter++));
    }

    private Path writeRun(List<Entry<K>> buffer) throws IOException {
        buffer.sort(entryOrder());
        Path run = newRun();
        try (BufferedWriter w = Files.newBufferedWriter(run, StandardCharsets.UTF_8)) {
            for (Entry<K> e : buffer) {
                w.write(e.line());
                w.write('\n');
            }
        }
        return run;
    }

    private void merge(List<Path> runs, LineSink out) throws IOException {
        List<BufferedReader> readers = new ArrayList<>();
        try {
            Comparator<Entry<K>> cmp = entryOrder().thenComparingInt(Entry::source);
            PriorityQueue<Entry<K>> heads = new PriorityQueue<>(Math.max(1, runs.size()), cmp);
            for (int i = 0; i < runs.size(); i++) {
                BufferedReader r = Files.newBufferedReader(runs.get(i), StandardCharsets.UTF_8);
                readers.add(r);
                String line = r.readLine();
                if (line != null) {
                    heads.add(new Entry<>(key.apply(line), line, i));
                }
            }
            while (!heads.isEmpty()) {
                Entry<K> e = heads.poll();
                out.accept(e.line());
                String next = readers.get(e.source()).readLine();
                if (next != null) {
                    heads.add(new Entry<>(key.apply(next), next, e.source()));
                }
            }
        } finally {
            for (BufferedReader r : readers) {
                try {
                    r.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }
}
