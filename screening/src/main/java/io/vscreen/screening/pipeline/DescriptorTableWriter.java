package io.vscreen.screening.pipeline;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import io.vscreen.chem.descriptors.Descriptors;
import io.vscreen.chem.fingerprints.Fingerprint;
import io.vscreen.chem.fingerprints.FingerprintSpec;
import io.vscreen.chem.prepare.PreparedCompound;

/**
 * Writes the {@code describe} table: one RFC 4180 row per library record, in input order, with
 * the columns {@code record,id,input_smiles,smiles,inchikey}, the {@link Descriptors} columns,
 * {@code alerts,scaffold}, an optional fingerprint column (on-bit indices separated by spaces,
 * named after the spec, e.g. {@code ecfp4_2048}) and {@code error}. A rejected record keeps its
 * row: the computed columns are empty and {@code error} holds the reason.
 */
public final class DescriptorTableWriter implements Closeable {
    private final CSVPrinter printer;
    private final boolean fingerprintColumn;
    private final int width;
    private long ok;
    private long rejected;

    public DescriptorTableWriter(Path out, FingerprintSpec fingerprint) throws IOException {
        BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
        List<String> header = header(fingerprint);
        this.width = header.size();
        this.fingerprintColumn = fingerprint != null;
        this.printer = new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get());
    }

    /** The column names for a table with the given fingerprint (null for none). */
    public static List<String> header(FingerprintSpec fingerprint) {
        List<String> h = new ArrayList<>(List.of("record", "id", "input_smiles", "smiles", "inchikey"));
        h.addAll(Descriptors.columnNames());
        h.add("alerts");
        h.add("scaffold");
        if (fingerprint != null) {
            h.add(fingerprint.toString().replace(':', '_').replace('-', '_'));
        }
        h.add("error");
        return h;
    }

    public void write(PreparedRecord r) throws IOException {
        List<Object> row = new ArrayList<>(width);
        row.add(r.number());
        row.add(r.id());
        row.add(r.inputSmiles());
        PreparedCompound c = r.compound();
        if (c == null) {
            while (row.size() < width - 1) {
                row.add("");
            }
            row.add(r.error());
            rejected++;
        } else {
            row.add(c.smiles());
            row.add(c.inchiKey());
            for (Object v : c.descriptors().values()) {
                row.add(format(v));
            }
            row.add(c.alertIds());
            row.add(c.scaffold() == null ? "" : c.scaffold());
            if (fingerprintColumn) {
                row.add(onBits(c.fingerprint()));
            }
            row.add("");
            ok++;
        }
        printer.printRecord(row);
    }

    public long ok() {
        return ok;
    }

    public long rejected() {
        return rejected;
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }

    static Object format(Object v) {
        if (v instanceof Double d) {
            if (d.isNaN()) {
                return "";
            }
            return String.format(Locale.ROOT, "%.4f", d);
        }
        return v;
    }

    static String onBits(Fingerprint fp) {
        if (fp == null) {
            return "";
        }
        StringJoiner j = new StringJoiner(" ");
        for (int i = 0; i < fp.length(); i++) {
            if (fp.get(i)) {
                j.add(Integer.toString(i));
            }
        }
        return j.toString();
    }
}
