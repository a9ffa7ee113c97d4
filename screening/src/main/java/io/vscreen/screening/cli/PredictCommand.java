package io.vscreen.screening.cli;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.smiles.SmiFlavor;
import org.openscience.cdk.smiles.SmilesGenerator;

import io.vscreen.chem.StructureException;
import io.vscreen.chem.standardize.Standardizer;
import io.vscreen.chem.standardize.StandardizerOptions;
import io.vscreen.libraries.Entry;
import io.vscreen.libraries.Libraries;
import io.vscreen.libraries.LibrarySpec;
import io.vscreen.libraries.Outcome;
import io.vscreen.libraries.RecordParser;
import io.vscreen.libraries.RecordReader;
import io.vscreen.libraries.Reject;
import io.vscreen.libraries.StructureKind;
import io.vscreen.models.ScoreBatch;
import io.vscreen.models.TaskType;
import io.vscreen.models.pkg.ModelPackage;
import io.vscreen.models.pkg.ModelRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vscreen predict}: scores a library with one or more models. One output row per input
 * record, in input order: {@code record,id,smiles,<model>.<task>...,<model>.<task>_std...,
 * <model>.ad_similarity,error}. Each structure is standardized as a screen standardizes it
 * before the models score it. A record that cannot be parsed keeps its row, with empty scores
 * and the reason in {@code error}. The library is read by the libraries module, so every format
 * it reads (SMILES, SDF, CSV/TSV, gzipped) works; {@code smiles} is the structure as given (for
 * SDF records, SMILES of the parsed structure).
 */
@Command(name = "predict", mixinStandardHelpOptions = true, description = "Score a compound library with one or more models.")
public final class PredictCommand implements Callable<Integer> {
    private static final int BATCH = 2048;

    @Spec
    CommandSpec spec;

    @Mixin
    ModelsOptions options;

    @Mixin
    LibraryOptions library;

    @Option(names = "--model", required = true, description = "Model name or package path (repeatable).")
    List<String> models;

    @Option(names = "--out", required = true, description = "Output CSV.")
    Path out;

    @Override
    public Integer call() throws Exception {
        ModelRegistry registry = options.registry();
        List<ModelPackage> packages = new ArrayList<>();
        for (String m : models) {
            packages.add(registry.load(m));
        }
        List<String> header = new ArrayList<>(List.of("record", "id", "smiles"));
        packages.forEach(p -> header.addAll(p.outputColumns()));
        header.add("error");
        LibrarySpec librarySpec = library.spec();
        RecordParser parser = new RecordParser(librarySpec);
        SmilesGenerator smilesOfMolfile = new SmilesGenerator(SmiFlavor.Isomeric);
        // the models score standardized molecules, as a screen gives them and as they were trained
        Standardizer standardizer = new Standardizer(StandardizerOptions.DEFAULTS.withInchiKey(false));
        long records = 0;
        long failed = 0;
        long start = System.nanoTime();
        try (RecordReader reader = Libraries.openRecords(librarySpec);
             BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get())) {
            List<Entry> batch = new ArrayList<>(BATCH);
            while (true) {
                batch.clear();
                for (Entry e; batch.size() < BATCH && (e = reader.next()) != null; ) {
                    batch.add(e);
                }
                if (batch.isEmpty()) {
                    break;
                }
                List<IAtomContainer> mols = new ArrayList<>(batch.size());
                String[] given = new String[batch.size()];
                String[] errors = new String[batch.size()];
                for (int i = 0; i < batch.size(); i++) {
                    Entry entry = batch.get(i);
                    Outcome outcome = entry instanceof io.vscreen.libraries.Record record
                            ? parser.parse(record) : new Outcome.Rejected((Reject) entry);
                    given[i] = entry instanceof io.vscreen.libraries.Record record && record.kind() == StructureKind.SMILES
                            ? record.structure() : "";
                    if (outcome instanceof Outcome.Parsed parsed) {
                        if (given[i].isEmpty()) {
                            given[i] = smiles(smilesOfMolfile, parsed.molecule());
                        }
                        try {
                            mols.add(standardizer.standardize(parsed.molecule()).molecule());
                        } catch (StructureException e) {
                            mols.add(null);
                            errors[i] = e.reason();
                        }
                    } else {
                        mols.add(null);
                        errors[i] = ((Outcome.Rejected) outcome).reject().reason();
                    }
                }
                List<ScoreBatch> scores = new ArrayList<>();
                for (ModelPackage p : packages) {
                    scores.add(p.score(mols));
                }
                for (int i = 0; i < batch.size(); i++) {
                    List<String> row = new ArrayList<>(header.size());
                    row.add(Long.toString(batch.get(i).number()));
                    row.add(batch.get(i).id());
                    row.add(given[i]);
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
    }

    private static String smiles(SmilesGenerator generator, IAtomContainer mol) {
        try {
            return generator.create(mol);
        } catch (CDKException | RuntimeException e) {
            return "";
        }
    }

    private static String format(float v, TaskType type) {
        return String.format(Locale.ROOT, type == TaskType.CLASSIFICATION ? "%.5f" : "%.4f", v);
    }
}
