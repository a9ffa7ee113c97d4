package io.vscreen.screening.batch;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The shards of a screen, fixed once by the planning step and read by the partition mapper and
 * by progress reporting. Stored as a small TSV file in the work directory so that a restarted
 * execution (in another process) partitions exactly as the first one did.
 *
 * @param shards the shards, in partition order
 */
public record ScreenPlan(List<Shard> shards) {

    private static final String HEADER =
            "#partition\tlibrary\tshard\tshards\tstart\tend\tfirstRecord\trecords\trecordOffset\tfile";

    public ScreenPlan {
        shards = List.copyOf(shards);
        for (int i = 0; i < shards.size(); i++) {
            if (shards.get(i).partition() != i) {
                throw new IllegalArgumentException("shard " + i + " has partition " + shards.get(i).partition());
            }
        }
    }

    /** Total number of records in all libraries. */
    public long records() {
        long n = 0;
        for (Shard s : shards) {
            n += s.records();
        }
        return n;
    }

    /** Writes the plan atomically (a temporary file renamed into place). */
    public void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            w.write(HEADER);
            w.write('\n');
            for (Shard s : shards) {
                w.write(s.toLine());
                w.write('\n');
            }
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    public static ScreenPlan read(Path file) throws IOException {
        List<Shard> shards = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isEmpty() && !line.startsWith("#")) {
                shards.add(Shard.fromLine(line));
            }
        }
        return new ScreenPlan(shards);
    }
}
