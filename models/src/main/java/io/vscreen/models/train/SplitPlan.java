package io.vscreen.models.train;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import io.vscreen.chem.standardize.Standardizer;
import io.vscreen.chem.standardize.StandardizerOptions;
import io.vscreen.models.data.CrossValidation;
import io.vscreen.models.data.LabelledMolecule;
import io.vscreen.models.data.LabelledTable;
import io.vscreen.models.data.ScaffoldKey;
import io.vscreen.models.data.Split;
import io.vscreen.models.data.Splitter;
import io.vscreen.models.features.Featurizer;
import io.vscreen.models.features.FeaturizerSpec;

/**
 * How a training run reads its labelled table and divides it: molecules standardized as screening
 * standardizes them, featurized with {@code featurizer} (a row the featurizer cannot handle is left
 * out, so the featurizer decides which rows take part), grouped by Bemis-Murcko scaffold of the
 * standardized molecule, and split by {@code method} ({@code scaffold} or {@code random}) with the
 * given fractions and seed. Training and {@code vscreen split} both go through this plan, so the
 * split written out is the split a model was trained and scored on.
 */
public record SplitPlan(Path data, String smilesColumn, List<String> tasks, FeaturizerSpec featurizer, String method,
                        double validFraction, double testFraction, long seed) {
    /** Default split method of {@code vscreen train} and {@code vscreen split}. */
    public static final String DEFAULT_METHOD = "scaffold";
    /** Default validation fraction (early stopping, setting choice). */
    public static final String DEFAULT_VALID_FRACTION = "0.1";
    /** Default test fraction (the reported figures). */
    public static final String DEFAULT_TEST_FRACTION = "0.1";
    /** Default seed. */
    public static final String DEFAULT_SEED = "0";

    public SplitPlan {
        tasks = List.copyOf(tasks);
        if (!method.equals("scaffold") && !method.equals("random")) {
            throw new IllegalArgumentException("split must be scaffold or random, not '" + method + "'");
        }
        new Splitter(validFraction, testFraction); // checks the fractions
    }

    /** Reads the table as training reads it. */
    public LabelledTable read() throws IOException {
        return LabelledTable.read(data, smilesColumn, tasks, Featurizer.create(featurizer), ScaffoldKey.murcko(),
                new Standardizer(StandardizerOptions.DEFAULTS.withInchiKey(false)));
    }

    /** Splits the usable rows of a table read by {@link #read()}; indices refer to {@code table.molecules()}. */
    public Split split(LabelledTable table) {
        Splitter splitter = new Splitter(validFraction, testFraction);
        return method.equals("scaffold")
                ? splitter.byScaffold(table.molecules().stream().map(LabelledMolecule::scaffold).toList(), seed)
                : splitter.random(table.molecules().size(), seed);
    }

    /**
     * Pools the training and validation sets of {@code split} (made by {@link #split}) and divides
     * them into {@code k} folds, by scaffold group or at random as this plan splits.
     */
    public CrossValidation crossValidation(LabelledTable table, Split split, int k) {
        return method.equals("scaffold")
                ? CrossValidation.byScaffold(split, table.molecules().stream().map(LabelledMolecule::scaffold).toList(), k)
                : CrossValidation.random(split, k);
    }
}
