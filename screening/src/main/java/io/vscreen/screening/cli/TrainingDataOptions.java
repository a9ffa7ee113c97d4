package io.vscreen.screening.cli;

import java.nio.file.Path;
import java.util.List;

import io.vscreen.models.features.FeaturizerSpec;
import io.vscreen.models.train.SplitPlan;
import picocli.CommandLine.Option;

/**
 * The options that decide which labelled rows a model learns from and how they are split: the
 * data, its SMILES and task columns, the featurizer (rows it cannot featurize are left out), the
 * split method, fractions and seed. Shared by {@code vscreen train} and {@code vscreen split}, so
 * that the same options always mean the same split.
 */
final class TrainingDataOptions {

    @Option(names = "--data", required = true, description = "Labelled CSV (or .tsv) file.")
    Path data;

    @Option(names = "--smiles-column", defaultValue = "smiles", description = "SMILES column (default: ${DEFAULT-VALUE}).")
    String smilesColumn;

    @Option(names = "--tasks", required = true, split = ",", description = "Task columns, comma separated.")
    List<String> tasks;

    @Option(names = "--featurizer", defaultValue = "ecfp4:2048",
            description = "Fingerprint KIND:SIZE: bits (ecfp4, ecfp6, fcfp4, maccs) or folded counts, log1p-transformed "
                    + "(ecfp4-count, ecfp6-count, fcfp4-count); rows it cannot featurize are left out (default: ${DEFAULT-VALUE}).")
    String featurizer;

    @Option(names = "--descriptors", defaultValue = "none",
            description = "Descriptor set added to the fingerprint, scaled with medians and interquartile ranges of the "
                    + "training split: standard (the descriptors of vscreen describe) or none (default: ${DEFAULT-VALUE}).")
    String descriptors;

    @Option(names = "--split", defaultValue = SplitPlan.DEFAULT_METHOD, description = "scaffold or random (default: ${DEFAULT-VALUE}).")
    String split;

    @Option(names = "--valid-fraction", defaultValue = SplitPlan.DEFAULT_VALID_FRACTION,
            description = "Validation fraction, for early stopping (default: ${DEFAULT-VALUE}).")
    double validFraction;

    @Option(names = "--test-fraction", defaultValue = SplitPlan.DEFAULT_TEST_FRACTION,
            description = "Test fraction, for the reported figures (default: ${DEFAULT-VALUE}).")
    double testFraction;

    @Option(names = "--seed", defaultValue = SplitPlan.DEFAULT_SEED,
            description = "Seed of the split; in training, ensemble member i uses seed+i (default: ${DEFAULT-VALUE}).")
    long seed;

    /** The featurizer the options name. */
    FeaturizerSpec featurizerSpec() {
        return FeaturizerSpec.parse(featurizer, descriptors);
    }

    /** How these options read and split the data. */
    SplitPlan plan() {
        return new SplitPlan(data, smilesColumn, tasks, featurizerSpec(), split, validFraction, testFraction, seed);
    }
}
