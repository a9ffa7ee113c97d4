package io.vscreen.screening.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import io.vscreen.chem.prepare.PreparationOptions;
import io.vscreen.models.ModelException;
import io.vscreen.models.pkg.ModelPackage;
import io.vscreen.models.pkg.ModelRegistry;
import io.vscreen.reports.rank.RankingConfig;

/**
 * What a screen computes, decided from its parameters: the compound preparation, the models
 * that score (and so the score columns) and the ranking configuration.
 *
 * <p>The screening configuration ({@code --config}, JSON or YAML) is the reports module's
 * ranking configuration (desirability and weight per score, hard filters, top N, diversity)
 * with one more optional field, {@code "models": ["bace", "tox21"]}. Models come from
 * {@code --models}, else from the configuration, else the defaults: efficacy from {@code bace},
 * toxicity from {@code tox21} and {@code clintox}; when none of the defaults is installed the
 * screen ranks by drug-likeness (QED) alone.
 */
public final class ScreenSetup {

    /** Models used when neither the command line nor the configuration names any. */
    static final List<String> DEFAULT_MODELS = List.of("bace", "tox21", "clintox");

    /**
     * The parsed configuration file.
     *
     * @param models  model names it lists (empty for none)
     * @param ranking the ranking configuration
     */
    record ScreenConfig(List<String> models, RankingConfig ranking) {
    }

    private ScreenSetup() {
    }

    /**
     * Checks, before a screen starts, that its configuration reads and its named models load;
     * returns the score columns it will produce (e.g. {@code bace.Class}).
     */
    public static List<String> validate(ScreenParameters parameters) throws IOException {
        config(parameters);
        List<String> keys = new ArrayList<>();
        for (var c : scorer(parameters).columns()) {
            keys.add(c.key());
        }
        return keys;
    }

    /**
     * Reads {@code --config}, or the defaults when there is none; {@code --top} overrides topN and
     * {@code --rank} the ranking mode.
     */
    static ScreenConfig config(ScreenParameters parameters) throws IOException {
        List<String> models = new ArrayList<>();
        RankingConfig ranking = RankingConfig.defaults();
        Path file = parameters.config();
        if (file != null) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            ObjectMapper mapper = name.endsWith(".yaml") || name.endsWith(".yml") ? new YAMLMapper() : new ObjectMapper();
            JsonNode tree;
            try {
                tree = mapper.readTree(Files.readAllBytes(file));
            } catch (IOException e) {
                throw new IOException("cannot read the screening configuration " + file + ": " + e.getMessage(), e);
            }
            if (tree instanceof ObjectNode obj && obj.has("models")) {
                for (JsonNode m : obj.get("models")) {
                    models.add(m.asText());
                }
                obj.remove("models");
            }
            try {
                ranking = RankingConfig.parse(new ObjectMapper().writeValueAsString(tree));
            } catch (IOException e) {
                throw new IOException("screening configuration " + file + ": " + e.getMessage(), e);
            }
        }
        if (parameters.top() > 0) {
            ranking = ranking.withTopN(parameters.top());
        }
        if (!parameters.rank().isEmpty()) {
            ranking = ranking.withRank(RankingConfig.RankMode.of(parameters.rank()));
        }
        return new ScreenConfig(List.copyOf(models), ranking);
    }

    /**
     * A new scorer for one partition (or for the column names). Named models must load; of the
     * default ones, those installed are used.
     */
    static BatchScorer scorer(ScreenParameters parameters) throws IOException {
        List<String> named = parameters.models().isEmpty() ? config(parameters).models() : parameters.models();
        ModelRegistry registry = ModelRegistry.standard(List.of());
        List<ModelPackage> models = new ArrayList<>();
        if (!named.isEmpty()) {
            for (String name : named) {
                models.add(registry.load(name));
            }
            return new ModelScorer(models);
        }
        for (String name : DEFAULT_MODELS) {
            try {
                models.add(registry.load(name));
            } catch (ModelException e) {
                // a default model that is not installed is skipped
            }
        }
        return models.isEmpty() ? new DrugLikenessScorer() : new ModelScorer(models);
    }

    /**
     * What the processor computes for every compound: standardization, descriptors, PAINS and
     * Brenk alerts, scaffold and ECFP4 (for diversity and the report).
     */
    static PreparationOptions preparation(ScreenParameters parameters) {
        return PreparationOptions.defaults();
    }
}
