package io.vscreen.models.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPInputStream;

import io.vscreen.chem.MoleculeParser;
import io.vscreen.chem.standardize.Standardizer;
import io.vscreen.chem.standardize.StandardizerOptions;
import io.vscreen.models.features.Featurizer;
import io.vscreen.models.features.ModelInput;
import io.vscreen.models.features.MoleculeFeatures;
import io.vscreen.models.pkg.HeadEnsemble;
import io.vscreen.models.pkg.ModelPackage;
import io.vscreen.models.pkg.ModelRegistry;

/**
 * Inference throughput of a model on ZINC molecules, once featurized: the ensemble networks
 * alone, and networks plus the applicability-domain search, on {@code threads} threads sharing
 * one {@link ModelPackage}. Also reports the speed of standardizing and featurizing (one
 * standardizer and featurizer per thread; for count and descriptor models, the counts and
 * descriptors too).
 *
 * <p>Usage: {@code ScoringBenchmark MODEL [molecules=20000] [threads=2] [zinc.txt.gz] [batch=256]}: the
 * networks and domain search score {@code batch} molecules per call, as a screen does
 * ({@code --batch-size}).
 */
public final class ScoringBenchmark {
    private ScoringBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String model = args.length > 0 ? args[0] : "tox21";
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 20000;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        Path zinc = Path.of(args.length > 3 ? args[3] : "../shared/data/library/zinc.txt.gz");
        int batch = args.length > 4 ? Integer.parseInt(args[4]) : 256;
        ModelPackage pkg = ModelRegistry.standard(List.of()).load(model);
        List<String> smiles = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(zinc)),
                StandardCharsets.UTF_8))) {
            String line;
            while (smiles.size() < n && (line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    smiles.add(line.strip());
                }
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long t0 = System.nanoTime();
            List<MoleculeFeatures> bits = featurize(pool, pkg, smiles, threads);
            lastCpuSeconds = 0;
            report("parse + standardize + featurize (" + pkg.manifest().featurizer().label() + ")", bits.size(), t0,
                    threads);
            List<ModelInput> inputs = bits.stream().map(b -> pkg.manifest().featurizer().input(b)).toList();
            for (int round = 0; round < 3; round++) {
                long t1 = System.nanoTime();
                run(pool, inputs, threads, (part) -> {
                    float[] mean = new float[pkg.tasks().size()];
                    float[] std = new float[pkg.tasks().size()];
                    for (ModelInput b : part) {
                        int off = 0;
                        for (HeadEnsemble h : pkg.heads()) {
                            h.predict(b, mean, std, off);
                            off += h.tasks();
                        }
                    }
                });
                report("round " + (round + 1) + ": ensemble networks (" + pkg.heads().stream().mapToInt(h -> h.members().size()).sum()
                        + " MLPs)", bits.size(), t1, threads);
                long t2 = System.nanoTime();
                run(pool, bits, threads, part -> {
                    for (int from = 0; from < part.size(); from += batch) {
                        pkg.scoreInputs(part.subList(from, Math.min(part.size(), from + batch)), null);
                    }
                });
                report("round " + (round + 1) + ": networks + applicability domain (" + pkg.applicabilityDomain().size()
                        + " training compounds, batches of " + batch + ")", bits.size(), t2, threads);
            }
        } finally {
            pool.shutdown();
        }
    }

    private static List<MoleculeFeatures> featurize(ExecutorService pool, ModelPackage pkg, List<String> smiles,
                                                    int threads) throws Exception {
        List<Future<List<MoleculeFeatures>>> parts = new ArrayList<>();
        int chunk = (smiles.size() + threads - 1) / threads;
        for (int t = 0; t < threads; t++) {
            List<String> part = smiles.subList(Math.min(smiles.size(), t * chunk), Math.min(smiles.size(), (t + 1) * chunk));
            parts.add(pool.submit(() -> {
                MoleculeParser parser = new MoleculeParser();
                Standardizer standardizer = new Standardizer(StandardizerOptions.DEFAULTS.withInchiKey(false));
                Featurizer f = pkg.newFeaturizer();
                List<MoleculeFeatures> out = new ArrayList<>();
                for (String s : part) {
                    out.add(f.features(standardizer.standardize(parser.parseSmiles(s)).molecule()));
                }
                return out;
            }));
        }
        List<MoleculeFeatures> all = new ArrayList<>();
        for (Future<List<MoleculeFeatures>> p : parts) {
            all.addAll(p.get());
        }
        return all;
    }

    /** CPU seconds the worker threads spent in the last {@link #run}. */
    private static volatile double lastCpuSeconds; // single-threaded main(): benchmark bookkeeping only

    private static <T> void run(ExecutorService pool, List<T> bits, int threads,
                                java.util.function.Consumer<List<T>> work) throws Exception {
        List<Future<Long>> fs = new ArrayList<>();
        int chunk = (bits.size() + threads - 1) / threads;
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int t = 0; t < threads; t++) {
            List<T> part = bits.subList(Math.min(bits.size(), t * chunk), Math.min(bits.size(), (t + 1) * chunk));
            fs.add(pool.submit(() -> {
                long c0 = mx.getCurrentThreadCpuTime();
                work.accept(part);
                return mx.getCurrentThreadCpuTime() - c0;
            }));
        }
        long cpu = 0;
        for (Future<Long> f : fs) {
            cpu += f.get();
        }
        lastCpuSeconds = cpu / 1e9;
    }

    private static void report(String what, int n, long start, int threads) {
        double s = (System.nanoTime() - start) / 1e9;
        System.out.printf(java.util.Locale.ROOT,
                "%-62s %6d mols: wall %6.2f s = %8.0f/s on %d threads; CPU %6.2f s = %8.0f/s per core%n",
                what, n, s, n / s, threads, lastCpuSeconds, lastCpuSeconds > 0 ? n / lastCpuSeconds : Double.NaN);
        lastCpuSeconds = 0;
    }
}
