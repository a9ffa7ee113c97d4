package io.vscreen.chem.descriptors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import io.vscreen.chem.testing.SharedData;

/**
 * The RDKit reference fixture ({@code rdkit-reference.tsv}, made by
 * {@code chem/src/test/scripts/descriptor_reference.py}) joined with the SMILES it refers to,
 * read from the shared data files by row number.
 */
final class RdkitReference {
    /** One reference row: where the SMILES came from, the SMILES, and RDKit's values by column. */
    record Row(String source, int row, String smiles, Map<String, Double> values) {
        double get(String column) {
            return values.get(column);
        }
    }

    private RdkitReference() {
    }

    static List<Row> load() throws IOException {
        List<String[]> fixture = new ArrayList<>();
        String[] header = null;
        try (InputStream in = RdkitReference.class.getResourceAsStream("rdkit-reference.tsv")) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t");
                if (header == null) {
                    header = f;
                } else {
                    fixture.add(f);
                }
            }
        }
        Map<String, Map<Integer, String>> smilesBySource = new HashMap<>();
        for (String[] f : fixture) {
            smilesBySource.computeIfAbsent(f[0], k -> new HashMap<>()).put(Integer.parseInt(f[1]), null);
        }
        for (Map.Entry<String, Map<Integer, String>> e : smilesBySource.entrySet()) {
            readSmiles(SharedData.file(e.getKey()), e.getValue());
        }
        List<Row> rows = new ArrayList<>();
        for (String[] f : fixture) {
            Map<String, Double> values = new LinkedHashMap<>();
            for (int c = 2; c < header.length; c++) {
                values.put(header[c], Double.parseDouble(f[c]));
            }
            int row = Integer.parseInt(f[1]);
            rows.add(new Row(f[0], row, smilesBySource.get(f[0]).get(row), values));
        }
        return rows;
    }

    /** Fills in the SMILES of the wanted row numbers (1-based: line of a SMILES file, data row of a CSV). */
    private static void readSmiles(Path file, Map<Integer, String> wanted) throws IOException {
        int last = wanted.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
        if (file.toString().endsWith(".gz")) {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(
                    new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
                int i = 0;
                for (String line; (line = r.readLine()) != null && i < last; ) {
                    i++;
                    if (wanted.containsKey(i)) {
                        wanted.put(i, line.strip());
                    }
                }
            }
            return;
        }
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int i = 0;
            for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                i++;
                if (i > last) {
                    break;
                }
                if (wanted.containsKey(i)) {
                    wanted.put(i, rec.get("smiles").strip());
                }
            }
        }
    }
}
