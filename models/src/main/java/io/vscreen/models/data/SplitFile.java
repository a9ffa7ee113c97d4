package io.vscreen.models.data;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The split of a labelled table as a CSV file, one line per data row of the input in input order:
 * {@code row,smiles,standardized_smiles,set,<task columns>,reason}. {@code row} is the 1-based
 * record number in the input (header not counted), {@code set} is {@code train}, {@code valid},
 * {@code test} or {@code rejected}; {@code reason} says why a rejected row was left out and is
 * blank otherwise. Labels are written as read (blank = not tested), so another program can train
 * and score on exactly the compounds of each set.
 */
public final class SplitFile {
    /** Set name of rows that take part in no set. */
    public static final String REJECTED = "rejected";

    private SplitFile() {
    }

    /**
     * One line of the file.
     *
     * @param row 1-based record number in the input
     * @param standardizedSmiles canonical SMILES of the standardized molecule (empty when rejected)
     * @param set {@code train}, {@code valid}, {@code test} or {@link #REJECTED}
     * @param labels per task, {@code NaN} = not tested
     * @param reason why a rejected row was left out, empty otherwise
     */
    public record Row(long row, String smiles, String standardizedSmiles, String set, double[] labels, String reason) {
    }

    /** The lines of a table's split, in input order. */
    public static List<Row> rows(LabelledTable table, Split split) {
        String[] sets = new String[table.molecules().size()];
        assign(sets, split.train(), "train");
        assign(sets, split.valid(), "valid");
        assign(sets, split.test(), "test");
        List<Row> rows = new ArrayList<>(table.molecules().size() + table.rejected().size());
        for (int i = 0; i < sets.length; i++) {
            LabelledMolecule m = table.molecules().get(i);
            if (sets[i] == null) {
                throw new IllegalArgumentException("record " + m.record() + " is in no set of the split");
            }
            rows.add(new Row(m.record(), m.smiles(), m.standardizedSmiles(), sets[i], m.labels(), ""));
        }
        for (RejectedRow r : table.rejected()) {
            double[] labels = r.labels().length == table.tasks().size() ? r.labels() : nan(table.tasks().size());
            rows.add(new Row(r.record(), r.smiles(), "", REJECTED, labels, r.reason()));
        }
        rows.sort(Comparator.comparingLong(Row::row));
        return rows;
    }

    /** Writes the split of {@code table} to {@code out}. */
    public static void write(LabelledTable table, Split split, Path out) throws IOException {
        List<String> header = new ArrayList<>(List.of("row", "smiles", "standardized_smiles", "set"));
        header.addAll(table.tasks());
        header.add("reason");
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get())) {
            csv.printRecord(header);
            for (Row r : rows(table, split)) {
                List<String> cells = new ArrayList<>(header.size());
                cells.add(Long.toString(r.row()));
                cells.add(r.smiles());
                cells.add(r.standardizedSmiles());
                cells.add(r.set());
                for (double v : r.labels()) {
                    cells.add(label(v));
                }
                cells.add(r.reason());
                csv.printRecord(cells);
            }
        }
    }

    private static void assign(String[] sets, int[] rows, String name) {
        for (int r : rows) {
            if (sets[r] != null) {
                throw new IllegalArgumentException("row index " + r + " is in both " + sets[r] + " and " + name);
            }
            sets[r] = name;
        }
    }

    private static double[] nan(int n) {
        double[] a = new double[n];
        java.util.Arrays.fill(a, Double.NaN);
        return a;
    }

    /** A label as a plain decimal ({@code 1}, {@code 7.2}), blank when not tested. */
    static String label(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (Double.isInfinite(v)) {
            return Double.toString(v);
        }
        BigDecimal d = BigDecimal.valueOf(v).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }
}
