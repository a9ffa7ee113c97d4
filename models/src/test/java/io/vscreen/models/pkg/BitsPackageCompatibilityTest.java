package io.vscreen.models.pkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openscience.cdk.interfaces.IAtomContainer;

import io.vscreen.chem.MoleculeParser;
import io.vscreen.models.ModelException;
import io.vscreen.models.ScoreBatch;
import io.vscreen.models.features.MoleculeFeatures;

/**
 * A package whose input is fingerprint bits alone (every package written before count and
 * descriptor inputs) keeps its manifest form and scores exactly as before: the expected floats
 * were printed by the build preceding count and descriptor inputs, for the synthetic package of
 * {@link TestPackages}.
 */
class BitsPackageCompatibilityTest {

    /** SMILES, then the raw float bits of mean, std and applicability-domain similarity. */
    private static final Object[][] BEFORE = {
        {"CC(=O)Oc1ccccc1C(=O)O", 1053011406, 1035666292, 1065353216},        // aspirin (a training compound)
        {"CN1C=NC2=C1C(=O)N(C(=O)N2C)C", 1056763788, 1023889664, 1038662191}, // caffeine
        {"CC(C)Cc1ccc(cc1)C(C)C(=O)O", 1049825556, 1046635812, 1065353216},   // ibuprofen (a training compound)
        {"CC(=O)Nc1ccc(O)cc1", 1057359431, 1029052332, 1065353216},           // paracetamol (a training compound)
        {"CN(C)CCOC(c1ccccc1)c1ccccc1", 1057386973, 1027674560, 1042983595},  // diphenhydramine
    };

    @TempDir
    Path dir;

    @Test
    void aBitsOnlyPackageScoresExactlyAsBefore() throws Exception {
        TestPackages.write(dir, "synthetic");
        String json = Files.readString(dir.resolve("model.json"));
        assertTrue(!json.contains("countTransform") && !json.contains("descriptors"), "old manifest form: " + json);
        ModelPackage pkg = ModelPackage.load(dir);
        assertTrue(pkg.manifest().featurizer().isBitsOnly());
        MoleculeParser parser = new MoleculeParser();
        List<IAtomContainer> mols = new ArrayList<>();
        for (Object[] row : BEFORE) {
            mols.add(parser.parseSmiles((String) row[0]));
        }
        ScoreBatch byMolecule = pkg.score(mols);
        List<int[]> bits = new ArrayList<>();
        List<MoleculeFeatures> features = new ArrayList<>();
        for (IAtomContainer m : mols) {
            bits.add(pkg.newFeaturizer().onBits(m));
            features.add(pkg.newFeaturizer().features(m));
        }
        for (ScoreBatch b : List.of(byMolecule, pkg.scoreFeatures(bits, null), pkg.scoreInputs(features, null))) {
            for (int i = 0; i < BEFORE.length; i++) {
                String what = (String) BEFORE[i][0];
                assertEquals((int) BEFORE[i][1], Float.floatToIntBits(b.mean()[i][0]), what + " mean " + b.mean()[i][0]);
                assertEquals((int) BEFORE[i][2], Float.floatToIntBits(b.std()[i][0]), what + " std " + b.std()[i][0]);
                assertEquals((int) BEFORE[i][3], Float.floatToIntBits(b.adSimilarity()[i]), what + " ad");
            }
        }
    }

    @Test
    void aPackageTakingCountsRefusesBareBits() throws Exception {
        Path p = DescriptorPackages.write(dir.resolve("counts"));
        ModelPackage pkg = ModelPackage.load(p);
        ModelException e = assertThrows(ModelException.class, () -> pkg.scoreFeatures(List.of(new int[] {1, 2}), null));
        assertTrue(e.getMessage().contains("ecfp4-count:1024+standard") && e.getMessage().contains("scoreInputs"),
                e.getMessage());
    }
}
