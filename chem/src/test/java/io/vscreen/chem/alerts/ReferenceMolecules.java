package io.vscreen.chem.alerts;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import io.vscreen.chem.fingerprints.Drugs;
import io.vscreen.chem.testing.SharedData;

/** Real molecules from the shared data sets, keyed by source and 1-based row number. */
final class ReferenceMolecules {

    /** One input row: {@code source} is "zinc" or "tox21", {@code row} counts from 1 (data rows only). */
    record Row(String source, int row, String smiles) {
        String key() {
            return source + ":" + row;
        }
    }

    private ReferenceMolecules() {
    }

    /** The first {@code n} SMILES of ZINC250k ({@code library/zinc.txt.gz}). */
    static List<Row> zinc(int n) {
        List<Row> rows = new ArrayList<>(n);
        for (String smiles : Drugs.zinc(n)) {
            rows.add(new Row("zinc", rows.size() + 1, smiles));
        }
        return rows;
    }

    /** The first {@code n} data rows of {@code moleculenet/tox21.csv}. */
    static List<Row> tox21(int n) {
        Path file = SharedData.file("moleculenet/tox21.csv");
        List<Row> rows = new ArrayList<>(n);
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
                if (rows.size() >= n) {
                    break;
                }
                rows.add(new Row("tox21", rows.size() + 1, rec.get("smiles").strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
