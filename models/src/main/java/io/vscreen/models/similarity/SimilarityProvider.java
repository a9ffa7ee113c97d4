package io.vscreen.models.similarity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.vscreen.chem.MoleculeParser;
import io.vscreen.chem.StructureException;
import io.vscreen.models.ModelException;
import io.vscreen.models.features.FeaturizationException;
import io.vscreen.models.features.Featurizer;
import io.vscreen.models.pkg.Json;
import io.vscreen.models.spi.FeatureScorer;
import io.vscreen.models.spi.ScorerContext;
import io.vscreen.models.spi.ScorerProvider;

/**
 * Opens heads of architecture {@code similarity}: members {@code similarity.json}
 * ({@link SimilaritySettings}) and the actives' SMILES file it names. The actives are
 * fingerprinted at load time with the package's featurizer, so the package stores only
 * structures. Registered in {@code META-INF/services/io.vscreen.models.spi.ScorerProvider}.
 */
public final class SimilarityProvider implements ScorerProvider {
    /** The manifest architecture of similarity heads. */
    public static final String ARCHITECTURE = "similarity";

    @Override
    public String architecture() {
        return ARCHITECTURE;
    }

    @Override
    public FeatureScorer open(ScorerContext context) {
        String where = context.where();
        if (context.head().tasks().size() != 1) {
            throw new ModelException(where + ": a similarity head has exactly one task, not " + context.head().tasks());
        }
        SimilaritySettings settings;
        try {
            settings = Json.mapper().readValue(context.file(SimilaritySettings.FILE), SimilaritySettings.class);
        } catch (IOException e) {
            throw new ModelException(where + ": " + SimilaritySettings.FILE + " is not readable: " + e.getMessage(), e);
        }
        if (settings.activesFile() == null || !context.head().members().contains(settings.activesFile())) {
            throw new ModelException(where + ": actives file '" + settings.activesFile() + "' is not one of the head's members "
                    + context.head().members());
        }
        if (settings.topK() < 1) {
            throw new ModelException(where + ": topK " + settings.topK() + " in " + SimilaritySettings.FILE + " is not positive");
        }
        List<int[]> bits = fingerprints(where, settings.activesFile(), context.file(settings.activesFile()),
                Featurizer.create(context.manifest().featurizer()));
        if (bits.isEmpty()) {
            throw new ModelException(where + ": " + settings.activesFile() + " holds no actives");
        }
        return new SimilarityScorer(bits, context.featureCount(), settings.topK());
    }

    private static List<int[]> fingerprints(String where, String name, byte[] smi, Featurizer featurizer) {
        List<int[]> bits = new ArrayList<>();
        MoleculeParser parser = new MoleculeParser();
        try (BufferedReader r = new BufferedReader(new StringReader(new String(smi, StandardCharsets.UTF_8)))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                ActiveCompound a = ActiveCompound.parseLine(line);
                if (a == null) {
                    continue;
                }
                try {
                    bits.add(featurizer.onBits(parser.parseSmiles(a.smiles())));
                } catch (StructureException e) {
                    throw new ModelException(where + ": " + name + " line " + n + " (" + a.label() + "): " + e.reason(), e);
                } catch (FeaturizationException e) {
                    throw new ModelException(where + ": " + name + " line " + n + " (" + a.label() + "): " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new ModelException(where + ": " + name + ": " + e.getMessage(), e);
        }
        return bits;
    }
}
