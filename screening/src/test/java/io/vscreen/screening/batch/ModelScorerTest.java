package io.vscreen.screening.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openscience.cdk.interfaces.IAtomContainer;

import io.vscreen.chem.MoleculeParser;
import io.vscreen.chem.StructureException;
import io.vscreen.chem.prepare.CompoundPreparer;
import io.vscreen.chem.prepare.PreparationOptions;
import io.vscreen.chem.prepare.PreparedCompound;
import io.vscreen.models.ScoreBatch;
import io.vscreen.models.pkg.ModelPackage;
import io.vscreen.models.pkg.ModelRegistry;
import io.vscreen.screening.testing.TestLibraries;

/**
 * The screen's scorer computes the features of models that share a featurizer once, with the
 * descriptors of the preparation: its scores equal those of each package scoring the standardized
 * molecules on its own, for fingerprint networks, graph networks and a consensus of both alike.
 */
class ModelScorerTest {

    @Test
    void sharedFeaturesScoreAsEachPackageAlone() throws Exception {
        ModelRegistry registry = ModelRegistry.standard(List.of());
        // tox21-gnn: a graph network reading the same fingerprints and descriptors as tox21; hiv: a
        // consensus of fingerprint and graph networks
        List<ModelPackage> models = List.of(registry.load("bace"), registry.load("tox21"), registry.load("clintox"),
                registry.load("tox21-gnn"), registry.load("hiv"));
        MoleculeParser parser = new MoleculeParser();
        CompoundPreparer preparer = new CompoundPreparer(PreparationOptions.defaults());
        List<Processed.Prepared> compounds = new ArrayList<>();
        for (String line : Files.readAllLines(TestLibraries.APPROVED_DRUGS)) {
            String[] f = line.strip().split("\\s+");
            if (f.length < 2 || line.startsWith("#")) {
                continue;
            }
            try {
                PreparedCompound c = preparer.prepare(parser.parseSmiles(f[0]));
                compounds.add(new Processed.Prepared(compounds.size() + 1, 0, f[1], c.standardized().inchiKey(), c));
            } catch (StructureException e) {
                // the header line ("smiles name") is no molecule
            }
        }
        assertTrue(compounds.size() >= 100, "approved drugs prepared: " + compounds.size());

        ModelScorer scorer = new ModelScorer(models);
        double[][] shared = scorer.score(compounds);
        List<IAtomContainer> molecules = compounds.stream().map(Processed.Prepared::molecule).toList();
        int column = 0;
        for (ModelPackage m : models) {
            ScoreBatch alone = m.score(molecules);
            for (int i = 0; i < compounds.size(); i++) {
                for (int t = 0; t < m.tasks().size(); t++) {
                    int at = 3 * (column + t);
                    String where = m.name() + "." + m.tasks().get(t).name() + " of " + compounds.get(i).id();
                    assertEquals(alone.mean()[i][t], shared[i][at], 1e-6, where);
                    assertEquals(alone.std()[i][t], shared[i][at + 1], 1e-6, where);
                    assertEquals(alone.adSimilarity()[i], shared[i][at + 2], 1e-6, where);
                }
            }
            column += m.tasks().size();
        }
    }
}
