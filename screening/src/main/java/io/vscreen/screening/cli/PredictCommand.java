package io.vscreen.screening.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.openscience.cdk.interfaces.IAtomContainer;

import io.vscreen.chem.MoleculeParser;
import io.vscreen.chem.StructureException;
import io.vscreen.models.ScoreBatch;
import io.vscreen.models.TaskType;
import io.vscreen.models.pkg.ModelPackage;
import io.vscreen.models.pkg.ModelRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code vscreen predict}: scores a library with one or more models. One output row per input
 * record, in input order: {@code record,id,smiles,<model>.<task>...,<model>.<task>_std...,
 * <model>.ad_similarity,error}. A record that cannot be parsed keeps its row, with empty scores
 * and the reason in {@code error}.
 *
 * <p>Library input: {@code .csv}/{@code .tsv} with a header (SMILES and optional id column), or
 * a SMILES file ({@code .smi}, {@code .txt}: SMILES then optional id per line); either may be
 * gzipped.
 */
@Command(name = "predict", mixinStandardHelpOptions = true, description = "Score a compound library with one or more models.")
public final class PredictCommand implements Callable<Integer> {
    private static final int BATCH = 2048;

    @Spec
    CommandSpec spec;

    @Mixin
    ModelsOptions options;

    @Option(names = "--model", required = true, description = "Model name or package path (repeatable).")
    List<String> models;

    @Option(names = "--library", required = true, description = "Library file (.csv, .tsv, .smi, .txt; optionally .gz).")
    Path library;

    @Option(names = "--smiles-column", defaultValue = "smiles", description = "SMILES column of a CSV library (default: ${DEFAULT-VALUE}).")
    String smilesColumn;

    @Option(names = "--id-column", description = "Id column of a CSV library.")
    String idColumn;

    @Option(names = "--out", required = true, description = "Output CSV.")
    Path out;

    /** One library record: 1-based number, id (may be empty) and the SMILES text. */
    record LibraryRecord(long number, String id, String smiles) {
    }

    @Override
    public Integer call() {
        return Failures.reported(spec, () -> {
        ModelRegistry registry = options.registry();
        List<ModelPackage> packages = new ArrayList<>();
        for (String m : models) {
            packages.add(registry.load(m));
        }
        List<String> header = new ArrayList<>(List.of("record", "id", "smiles"));
        packages.forEach(p -> header.addAll(p.outputColumns()));
        header.add("error");
        MoleculeParser parser = new MoleculeParser();
        long records = 0;
        long failed = 0;
        long start = System.nanoTime();
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get());
             RecordSource source = RecordSource.open(library, smilesColumn, idColumn)) {
            List<LibraryRecord> batch = new ArrayList<>(BATCH);
            while (true) {
                batch.clear();
                while (batch.size() < BATCH && source.hasNext()) {
                    batch.add(source.next());
                }
                if (batch.isEmpty()) {
                    break;
                }
                List<IAtomContainer> mols = new ArrayList<>(batch.size());
                String[] errors = new String[batch.size()];
                for (int i = 0; i < batch.size(); i++) {
                    try {
                        mols.add(parser.parseSmiles(batch.get(i).smiles()));
                    } catch (StructureException e) {
                        mols.add(null);
                        errors[i] = e.reason();
                    }
                }
                List<ScoreBatch> scores = new ArrayList<>();
                for (ModelPackage p : packages) {
                    scores.add(p.score(mols));
                }
                for (int i = 0; i < batch.size(); i++) {
                    LibraryRecord r = batch.get(i);
                    List<String> row = new ArrayList<>(header.size());
                    row.add(Long.toString(r.number()));
                    row.add(r.id());
                    row.add(r.smiles());
                    String error = errors[i];
                    for (ScoreBatch s : scores) {
                        boolean ok = error == null && s.scored(i);
                        if (error == null && !s.scored(i)) {
                            error = s.model() + ": " + s.errors()[i];
                        }
                        for (int t = 0; t < s.tasks().size(); t++) {
                            row.add(ok ? format(s.mean()[i][t], s.tasks().get(t).type()) : "");
                        }
                        for (int t = 0; t < s.tasks().size(); t++) {
                            row.add(ok ? String.format(Locale.ROOT, "%.4f", s.std()[i][t]) : "");
                        }
                        row.add(ok ? String.format(Locale.ROOT, "%.4f", s.adSimilarity()[i]) : "");
                    }
                    row.add(error == null ? "" : error);
                    if (error != null) {
                        failed++;
                    }
                    csv.printRecord(row);
                }
                records += batch.size();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        spec.commandLine().getOut().printf(Locale.ROOT, "scored %d records (%d with errors) with %s in %.1f s; wrote %s%n",
                records, failed, models, seconds, out);
        return 0;
        });
    }

    private static String format(float v, TaskType type) {
        return String.format(Locale.ROOT, type == TaskType.CLASSIFICATION ? "%.5f" : "%.4f", v);
    }

    /** Streams records from a CSV or SMILES library. */
    interface RecordSource extends Iterator<LibraryRecord>, AutoCloseable {
        @Override
        void close() throws IOException;

        static RecordSource open(Path file, String smilesColumn, String idColumn) throws IOException {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            boolean gz = name.endsWith(".gz");
            if (gz) {
                name = name.substring(0, name.length() - 3);
            }
            InputStream in = Files.newInputStream(file);
            if (gz) {
                in = new GZIPInputStream(in, 1 << 16);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
            if (name.endsWith(".csv") || name.endsWith(".tsv")) {
                return csv(file, reader, name.endsWith(".tsv") ? '\t' : ',', smilesColumn, idColumn);
            }
            return smiles(reader);
        }

        private static RecordSource csv(Path file, BufferedReader reader, char delimiter, String smilesColumn,
                                        String idColumn) throws IOException {
            CSVParser parser = CSVParser.parse(reader, CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader()
                    .setSkipHeaderRecord(true).setTrim(true).get());
            List<String> names = parser.getHeaderNames();
            if (!names.contains(smilesColumn)) {
                parser.close();
                throw new IllegalArgumentException(file + " has no SMILES column '" + smilesColumn + "' (columns: " + names
                        + "); use --smiles-column");
            }
            if (idColumn != null && !names.contains(idColumn)) {
                parser.close();
                throw new IllegalArgumentException(file + " has no id column '" + idColumn + "' (columns: " + names + ")");
            }
            Iterator<CSVRecord> it = parser.iterator();
            return new RecordSource() {
                long n;

                @Override
                public boolean hasNext() {
                    return it.hasNext();
                }

                @Override
                public LibraryRecord next() {
                    CSVRecord r = it.next();
                    n++;
                    String smi = r.isSet(smilesColumn) ? r.get(smilesColumn) : "";
                    String id = idColumn != null && r.isSet(idColumn) ? r.get(idColumn) : "";
                    return new LibraryRecord(n, id, smi);
                }

                @Override
                public void close() throws IOException {
                    parser.close();
                }
            };
        }

        private static RecordSource smiles(BufferedReader reader) {
            return new RecordSource() {
                long n;
                String line = advance();

                private String advance() {
                    try {
                        String l;
                        while ((l = reader.readLine()) != null && l.isBlank()) {
                            // blank lines are not records
                        }
                        return l;
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }

                @Override
                public boolean hasNext() {
                    return line != null;
                }

                @Override
                public LibraryRecord next() {
                    String l = line.strip();
                    line = advance();
                    n++;
                    String[] parts = l.split("\\s+", 2);
                    return new LibraryRecord(n, parts.length > 1 ? parts[1].strip() : "", parts[0]);
                }

                @Override
                public void close() throws IOException {
                    reader.close();
                }
            };
        }
    }
}
