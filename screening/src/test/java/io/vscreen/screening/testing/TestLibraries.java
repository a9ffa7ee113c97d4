package io.vscreen.screening.testing;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import io.vscreen.chem.testing.SharedData;

/**
 * Small SMILES libraries made from the shared Tox21 set, with known rejects and duplicates; the
 * bundled example library; and reading the CSV files the commands write.
 */
public final class TestLibraries {

    /** The bundled example library of approved drugs (a header line; drugs and some of their salt forms, duplicates by InChIKey). */
    public static final Path APPROVED_DRUGS = Path.of("..", "libraries", "examples", "approved_drugs.smi");

    /** Records added on purpose that cannot be parsed. */
    public static final List<String> BROKEN = List.of("C1CC broken-ring", "C[Xx]C unknown-element");

    private TestLibraries() {
    }

    /**
     * Writes the first {@code n} Tox21 compounds as {@code SMILES id} lines, then ethanol written
     * two ways (the second is a duplicate of the first), then the broken records.
     */
    public static Path tox21Smiles(Path dir, int n) throws IOException {
        Path tox21 = SharedData.file("moleculenet/tox21.csv");
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(tox21, StandardCharsets.UTF_8)) {
            for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
                if (lines.size() >= n) {
                    break;
                }
                lines.add(rec.get("smiles") + " " + rec.get("mol_id"));
            }
        }
        lines.add("CCO ethanol");
        lines.add("OCC ethanol-again");
        lines.addAll(BROKEN);
        Path file = dir.resolve("tox21-" + n + ".smi");
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (String l : lines) {
                w.write(l);
                w.write('\n');
            }
        }
        return file;
    }

    /** The rows of an RFC 4180 CSV file with a header line, such as {@code describe} and {@code predict} write. */
    public static List<CSVRecord> readCsv(Path csv) throws IOException {
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
    }

    /** Deletes a directory tree, retrying briefly; files still held by an exiting process are left. */
    public static void deleteQuietly(Path dir) {
        for (int attempt = 0; attempt < 5 && Files.exists(dir); attempt++) {
            try (java.util.stream.Stream<Path> paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                    try {
                        Files.deleteIfExists(p);
                    } catch (IOException e) {
                        // still in use: the next attempt takes it
                    }
                });
            } catch (IOException | java.io.UncheckedIOException e) {
                // a file vanished while walking: try again
            }
            if (Files.exists(dir)) {
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
