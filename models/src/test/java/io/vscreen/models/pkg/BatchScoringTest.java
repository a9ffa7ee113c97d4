package io.vscreen.models.pkg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.vscreen.chem.MoleculeParser;
import io.vscreen.chem.StructureException;
import io.vscreen.chem.standardize.Standardizer;
import io.vscreen.models.ScoreBatch;
import io.vscreen.models.features.Featurizer;
import io.vscreen.models.features.MoleculeFeatures;

/**
 * A batch is scored position by position (each weight row read once per batch), yet every
 * molecule's scores are exactly those it gets scored alone, with a failed molecule in the batch.
 */
class BatchScoringTest {

    @Test
    void aBatchScoresEachMoleculeExactlyAsAlone() throws Exception {
        ModelRegistry registry = ModelRegistry.standard(List.of());
        MoleculeParser parser = new MoleculeParser();
        Standardizer standardizer = new Standardizer();
        for (String name : List.of("bace", "tox21")) {
            ModelPackage model = registry.load(name);
            Featurizer featurizer = model.newFeaturizer();
            List<MoleculeFeatures> features = new ArrayList<>();
            for (String line : Files.readAllLines(Path.of("..", "libraries", "examples", "approved_drugs.smi"))) {
                String[] f = line.strip().split("\\s+");
                if (f.length < 2 || line.startsWith("#")) {
                    continue;
                }
                try {
                    features.add(featurizer.features(standardizer.standardize(parser.parseSmiles(f[0])).molecule()));
                } catch (StructureException e) {
                    features.add(null); // the header line ("smiles name") is no molecule: a failed slot
                }
            }
            assertTrue(features.size() >= 100, "example drugs: " + features.size());
            assertTrue(features.contains(null), "a record that failed stays in the batch");
            ScoreBatch batch = model.scoreInputs(features, null);
            for (int i = 0; i < features.size(); i++) {
                ScoreBatch alone = model.scoreInputs(java.util.Collections.singletonList(features.get(i)), null);
                assertEquals(alone.scored(0), batch.scored(i));
                assertArrayEquals(alone.mean()[0], batch.mean()[i], 0f, name + " molecule " + i);
                assertArrayEquals(alone.std()[0], batch.std()[i], 0f, name + " molecule " + i);
            }
        }
    }
}
