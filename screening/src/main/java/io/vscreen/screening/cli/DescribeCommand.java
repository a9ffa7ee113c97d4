package io.vscreen.screening.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import io.vscreen.chem.alerts.AlertCatalog;
import io.vscreen.chem.fingerprints.FingerprintSpec;
import io.vscreen.chem.prepare.PreparationOptions;
import io.vscreen.chem.standardize.StandardizerOptions;
import io.vscreen.libraries.Libraries;
import io.vscreen.libraries.LibrarySpec;
import io.vscreen.libraries.RecordReader;
import io.vscreen.screening.pipeline.DescriptorTableWriter;
import io.vscreen.screening.pipeline.PreparationPipeline;
import io.vscreen.screening.pipeline.PreparedRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code vscreen describe}: one row of structure, descriptors, alerts and scaffold per record. */
@Command(name = "describe", mixinStandardHelpOptions = true,
        description = {"Standardize every compound of a library and write its descriptors, structural alerts "
                + "and scaffold, one CSV row per input record in input order (rejected records keep their row "
                + "with the reason in 'error').",
                "Ends with a summary line: records, ok, rejected, seconds, records/s."})
public final class DescribeCommand implements Callable<Integer> {

    @Mixin
    LibraryOptions library;

    @Option(names = "--alerts", paramLabel = "SETS", defaultValue = "pains,brenk",
            description = "Alert rule sets, comma-separated: pains, pains_a, pains_b, pains_c, brenk, nih, glaxo, "
                    + "inpharmatica, lint, bms, surechembl; or all, none (default: ${DEFAULT-VALUE}).")
    String alerts;

    @Option(names = "--fingerprint", paramLabel = "SPEC",
            description = "Add a fingerprint column of on-bit indices, e.g. ecfp4:2048, ecfp6:1024, fcfp4:4096, maccs.")
    String fingerprint;

    @Option(names = "--no-fragment", description = "Keep all fragments (do not strip salts and solvents).")
    boolean noFragment;

    @Option(names = "--no-neutralize", description = "Keep charges as given.")
    boolean noNeutralize;

    @Option(names = "--no-aromatize", description = "Keep the input's bond orders (no Daylight aromaticity).")
    boolean noAromatize;

    @Option(names = "--no-inchikey", description = "Skip InChIKey generation (faster).")
    boolean noInchiKey;

    @Option(names = "--no-scaffold", description = "Skip the Murcko scaffold.")
    boolean noScaffold;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
    Integer threads;

    @Option(names = "--out", required = true, paramLabel = "FILE.csv", description = "Output CSV.")
    Path out;

    @Override
    public Integer call() throws Exception {
        StandardizerOptions std = StandardizerOptions.DEFAULTS
                .withLargestFragment(!noFragment)
                .withNeutralize(!noNeutralize)
                .withAromatize(!noAromatize)
                .withInchiKey(!noInchiKey);
        FingerprintSpec fp = fingerprint == null ? null : FingerprintSpec.parse(fingerprint);
        PreparationOptions options = new PreparationOptions(std, AlertCatalog.parse(alerts), fp, !noScaffold);
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        LibrarySpec spec = library.spec();

        long start = System.nanoTime();
        long records;
        long ok;
        long rejected;
        try (RecordReader reader = Libraries.openRecords(spec);
             DescriptorTableWriter writer = new DescriptorTableWriter(out, fp)) {
            records = new PreparationPipeline(spec, options, workers, 512).run(reader, chunk -> {
                for (PreparedRecord r : chunk) {
                    writer.write(r);
                }
            });
            ok = writer.ok();
            rejected = writer.rejected();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.println(String.format(Locale.ROOT,
                "records %d, ok %d, rejected %d, seconds %.2f, records/s %.1f (%d threads)",
                records, ok, rejected, seconds, records / Math.max(seconds, 1e-9), workers));
        return 0;
    }
}
