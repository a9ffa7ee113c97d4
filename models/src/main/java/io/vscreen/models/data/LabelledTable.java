package io.vscreen.models.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.openscience.cdk.interfaces.IAtomContainer;

import io.vscreen.chem.MoleculeParser;
import io.vscreen.chem.StructureException;
import io.vscreen.chem.standardize.StandardizedMolecule;
import io.vscreen.chem.standardize.Standardizer;
import io.vscreen.models.features.FeaturizationException;
import io.vscreen.models.features.Featurizer;
import io.vscreen.models.features.MoleculeFeatures;

/**
 * A labelled data set read from a CSV file with a header (comma or, for {@code .tsv}, tab
 * separated): a SMILES column and one column per task. Blank or non-numeric cells are missing
 * labels. Rows whose SMILES cannot be parsed or featurized are kept aside as
 * {@link RejectedRow}s; a row with no label for any task is rejected too.
 *
 * @param sha256 hex digest of the file's bytes, for provenance
 * @param rows the number of data rows in the file
 */
public record LabelledTable(Path file, String sha256, long rows, List<String> tasks,
                            List<LabelledMolecule> molecules, List<RejectedRow> rejected) {

    public LabelledTable {
        tasks = List.copyOf(tasks);
        molecules = List.copyOf(molecules);
        rejected = List.copyOf(rejected);
    }

    /**
     * Reads a table.
     *
     * @param scaffoldKey maps a parsed molecule to its group for scaffold splits ({@link ScaffoldKey#murcko()})
     * @throws IllegalArgumentException when a named column is absent (the message lists the header)
     */
    public static LabelledTable read(Path file, String smilesColumn, List<String> tasks, Featurizer featurizer,
                                     ScaffoldKey scaffoldKey) throws IOException {
        return read(file, smilesColumn, tasks, featurizer, scaffoldKey, null);
    }

    /**
     * Reads a table, standardizing each molecule first as screening does (largest organic
     * fragment, neutralized charges, Daylight aromaticity), so that training and evaluation see
     * the features a screen computes. The scaffold key is that of the standardized molecule; a
     * row whose structure cannot be standardized is rejected with the reason.
     *
     * @param standardizer the standardizer (one per thread; its InChIKey option is best off), or
     *                     {@code null} to featurize the molecules as parsed
     * @throws IllegalArgumentException when a named column is absent (the message lists the header)
     */
    public static LabelledTable read(Path file, String smilesColumn, List<String> tasks, Featurizer featurizer,
                                     ScaffoldKey scaffoldKey, Standardizer standardizer) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        MoleculeParser parser = new MoleculeParser();
        boolean bitsOnly = featurizer.spec().isBitsOnly();
        List<LabelledMolecule> molecules = new ArrayList<>();
        List<RejectedRow> rejected = new ArrayList<>();
        long rows = 0;
        char delimiter = file.getFileName().toString().toLowerCase().endsWith(".tsv") ? '\t' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setTrim(true).get();
        try (InputStream raw = Files.newInputStream(file);
             DigestInputStream in = new DigestInputStream(raw, sha);
             Reader reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8);
             CSVParser csv = CSVParser.parse(reader, format)) {
            Map<String, Integer> header = csv.getHeaderMap();
            requireColumn(file, header, smilesColumn);
            for (String t : tasks) {
                requireColumn(file, header, t);
            }
            for (CSVRecord rec : csv) {
                rows++;
                long recordNo = rows;
                String smiles = rec.isSet(smilesColumn) ? rec.get(smilesColumn) : "";
                double[] labels = new double[tasks.size()];
                boolean any = false;
                for (int t = 0; t < tasks.size(); t++) {
                    labels[t] = parseLabel(rec.isSet(tasks.get(t)) ? rec.get(tasks.get(t)) : "");
                    any |= !Double.isNaN(labels[t]);
                }
                if (!any) {
                    rejected.add(new RejectedRow(recordNo, smiles, "no label for any of " + tasks, labels));
                    continue;
                }
                try {
                    IAtomContainer mol = parser.parseSmiles(smiles);
                    String standardizedSmiles = "";
                    if (standardizer != null) {
                        StandardizedMolecule standardized = standardizer.standardize(mol);
                        mol = standardized.molecule();
                        standardizedSmiles = standardized.smiles();
                    }
                    MoleculeFeatures features = bitsOnly ? MoleculeFeatures.ofBits(featurizer.onBits(mol))
                            : featurizer.features(mol);
                    molecules.add(new LabelledMolecule(recordNo, smiles, features, scaffoldKey.of(mol), labels,
                            standardizedSmiles));
                } catch (StructureException e) {
                    rejected.add(new RejectedRow(recordNo, smiles, e.reason(), labels));
                } catch (FeaturizationException e) {
                    rejected.add(new RejectedRow(recordNo, smiles, e.getMessage(), labels));
                }
            }
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return new LabelledTable(file, HexFormat.of().formatHex(sha.digest()), rows, tasks, molecules, rejected);
    }

    private static void requireColumn(Path file, Map<String, Integer> header, String column) {
        if (!header.containsKey(column)) {
            throw new IllegalArgumentException(file + " has no column '" + column + "' (columns: "
                    + String.join(", ", header.keySet()) + ")");
        }
    }

    private static double parseLabel(String cell) {
        if (cell == null || cell.isBlank()) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(cell.strip());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** Labels of the given rows, {@code [row][task]}. */
    public double[][] labels(int[] rows) {
        double[][] y = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            y[i] = molecules.get(rows[i]).labels();
        }
        return y;
    }

    /** Raw features of the given rows. */
    public List<MoleculeFeatures> features(int[] rows) {
        List<MoleculeFeatures> f = new ArrayList<>(rows.length);
        for (int r : rows) {
            f.add(molecules.get(r).features());
        }
        return f;
    }

    /** Raw descriptor values of the given rows ({@code null} entries when the featurizer has no descriptors). */
    public List<double[]> descriptors(int[] rows) {
        List<double[]> d = new ArrayList<>(rows.length);
        for (int r : rows) {
            d.add(molecules.get(r).features().descriptors());
        }
        return d;
    }

    /** On-bits of the given rows. */
    public List<int[]> bits(int[] rows) {
        List<int[]> b = new ArrayList<>(rows.length);
        for (int r : rows) {
            b.add(molecules.get(r).onBits());
        }
        return b;
    }
}
