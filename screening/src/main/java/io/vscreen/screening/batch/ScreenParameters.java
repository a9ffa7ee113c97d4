package io.vscreen.screening.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;

import io.vscreen.libraries.LibraryFormat;
import io.vscreen.libraries.LibrarySpec;

/**
 * What one screen was asked to do: the job parameters of a {@code screen} execution.
 *
 * <p>Converted to and from the job's {@link Properties} so that the values are stored in the job
 * repository with the execution and a restart in another process sees the same screen.
 *
 * @param libraries    the library files, screened in this order (record numbers run across them)
 * @param format       library format name, or empty to infer it from each file name
 * @param smilesColumn name of the SMILES column in delimited files, or empty for the default
 * @param idColumn     name of the identifier column in delimited files, or empty for the default
 * @param models       model names to score with, or empty for the defaults
 * @param config       screening configuration file (JSON or YAML), or null
 * @param top          how many compounds the report shows (0: as the configuration says)
 * @param workers      number of partitions per library, run in parallel
 * @param batchSize    compounds per inference batch
 * @param chunkSize    compounds per checkpoint (chunk) in the scoring step
 * @param out          the output directory
 * @param rank         ranking mode ({@code composite} or {@code pareto}), or empty for the
 *                     configuration's
 */
public record ScreenParameters(List<Path> libraries, String format, String smilesColumn, String idColumn,
                               List<String> models, Path config, int top, int workers, int batchSize,
                               int chunkSize, Path out, String rank) {

    /** The job XML name of the screen job. */
    public static final String JOB_NAME = "screen";

    public ScreenParameters {
        libraries = List.copyOf(libraries);
        if (libraries.isEmpty()) {
            throw new IllegalArgumentException("at least one library is needed");
        }
        format = format == null ? "" : format;
        smilesColumn = smilesColumn == null ? "" : smilesColumn;
        idColumn = idColumn == null ? "" : idColumn;
        models = List.copyOf(models);
        Objects.requireNonNull(out, "out");
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, was " + workers);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, was " + batchSize);
        }
        if (chunkSize < 1) {
            throw new IllegalArgumentException("chunk size must be at least 1, was " + chunkSize);
        }
        if (top < 0) {
            throw new IllegalArgumentException("top must not be negative, was " + top);
        }
        rank = rank == null ? "" : rank.strip();
        if (!rank.isEmpty() && !rank.equals("composite") && !rank.equals("pareto")) {
            throw new IllegalArgumentException("rank must be 'composite' or 'pareto', was '" + rank + "'");
        }
    }

    /** A screen ranked as its configuration says. */
    public ScreenParameters(List<Path> libraries, String format, String smilesColumn, String idColumn,
                            List<String> models, Path config, int top, int workers, int batchSize,
                            int chunkSize, Path out) {
        this(libraries, format, smilesColumn, idColumn, models, config, top, workers, batchSize, chunkSize, out, "");
    }

    /** The job parameters that carry these values. */
    public Properties toJobParameters() {
        Properties p = new Properties();
        List<String> files = new ArrayList<>();
        for (Path library : libraries) {
            files.add(library.toAbsolutePath().normalize().toString());
        }
        p.setProperty("libraries", String.join("\n", files));
        p.setProperty("format", format);
        p.setProperty("smilesColumn", smilesColumn);
        p.setProperty("idColumn", idColumn);
        p.setProperty("models", String.join(",", models));
        p.setProperty("config", config == null ? "" : config.toAbsolutePath().normalize().toString());
        p.setProperty("top", Integer.toString(top));
        p.setProperty("workers", Integer.toString(workers));
        p.setProperty("batchSize", Integer.toString(batchSize));
        p.setProperty("chunkSize", Integer.toString(chunkSize));
        p.setProperty("out", out.toAbsolutePath().normalize().toString());
        p.setProperty("rank", rank);
        return p;
    }

    /** Reads the values back from job parameters (or the job-level properties that copy them). */
    public static ScreenParameters fromJobParameters(Properties p) {
        List<Path> libraries = new ArrayList<>();
        for (String line : required(p, "libraries").split("\n")) {
            if (!line.isBlank()) {
                libraries.add(Path.of(line));
            }
        }
        List<String> models = new ArrayList<>();
        for (String m : p.getProperty("models", "").split(",")) {
            if (!m.isBlank()) {
                models.add(m.strip());
            }
        }
        String config = p.getProperty("config", "");
        return new ScreenParameters(libraries, p.getProperty("format", ""), p.getProperty("smilesColumn", ""),
                p.getProperty("idColumn", ""), models, config.isBlank() ? null : Path.of(config),
                Integer.parseInt(p.getProperty("top", "0")), Integer.parseInt(required(p, "workers")),
                Integer.parseInt(p.getProperty("batchSize", "256")), Integer.parseInt(p.getProperty("chunkSize", "100")),
                Path.of(required(p, "out")), p.getProperty("rank", ""));
    }

    /** How to read library {@code index}: its file with the screen's format and column options. */
    public LibrarySpec librarySpec(int index) {
        LibrarySpec spec = LibrarySpec.of(libraries.get(index));
        if (!format.isBlank()) {
            spec = spec.withFormat(LibraryFormat.parse(format));
        }
        if (!smilesColumn.isBlank()) {
            spec = spec.withSmilesColumn(smilesColumn);
        }
        if (!idColumn.isBlank()) {
            spec = spec.withIdColumn(idColumn);
        }
        return spec;
    }

    /** The files of this screen inside the output directory. */
    public ScreenFiles files() {
        return new ScreenFiles(out);
    }

    private static String required(Properties p, String name) {
        String v = p.getProperty(name);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("job parameter '" + name + "' is missing");
        }
        return v;
    }
}
