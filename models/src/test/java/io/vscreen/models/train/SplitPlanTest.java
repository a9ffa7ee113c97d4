package io.vscreen.models.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.vscreen.models.data.LabelledTable;
import io.vscreen.models.data.Split;
import io.vscreen.models.data.SplitFile;
import io.vscreen.models.features.FeaturizerSpec;
import io.vscreen.models.pkg.Manifest;
import io.vscreen.models.pkg.ModelPackage;

/** The split a training run uses, as {@link SplitPlan} gives it and {@link SplitFile} writes it. */
class SplitPlanTest {
    @TempDir
    Path tmp;

    @Test
    void trainingUsesExactlyThePlannedSplit() throws Exception {
        TrainRequest request = SmallModels.baceRequest(tmp.resolve("pkg"), 0, 1);
        List<String> log = new ArrayList<>();
        ModelPackage pkg = new TrainingRun(request, log::add).run();

        SplitPlan plan = request.splitPlan();
        LabelledTable table = plan.read();
        Split split = plan.split(table);
        assertTrue(log.contains(split.summary()), "training logged " + log.subList(0, 3) + ", the plan gives "
                + split.summary());
        Manifest.Validation v = pkg.manifest().validation();
        assertEquals(List.of(v.trainRows(), v.validRows(), v.testRows()),
                List.of(split.train().length, split.valid().length, split.test().length));
        // the test figures were computed on the planned test rows: as many Class labels as test rows have
        long labelledTest = java.util.Arrays.stream(split.test())
                .filter(r -> !Double.isNaN(table.molecules().get(r).labels()[0])).count();
        assertEquals(labelledTest, v.sets().get("test").get(0).n());
        // reading again gives the same split
        Split again = plan.split(plan.read());
        assertArrayEquals(split.test(), again.test());
        assertArrayEquals(split.valid(), again.valid());
    }

    @Test
    void splitFileListsEveryRowInInputOrderWithStandardizedSmilesAndReasons() throws Exception {
        Path data = tmp.resolve("drugs.csv");
        Files.writeString(data, String.join("\n",
                "name,smiles,active,pIC50",
                "aspirin sodium,CC(=O)Oc1ccccc1C(=O)[O-].[Na+],1,5.25",
                "caffeine,CN1C=NC2=C1C(=O)N(C(=O)N2C)C,0,",
                "unclosed ring,C1CC,1,6.0",
                "ibuprofen,CC(C)Cc1ccc(cc1)C(C)C(=O)O,,4.1",
                "untested paracetamol,CC(=O)Nc1ccc(O)cc1,,",
                "diazepam,CN1C(=O)CN=C(c2ccccc2)c2cc(Cl)ccc12,0,7",
                "metformin hydrochloride,CN(C)C(=N)NC(=N)N.Cl,1,",
                "naproxen,COc1ccc2cc(ccc2c1)[C@H](C)C(=O)O,0,3.5",
                "morphine,CN1CC[C@]23c4c5ccc(O)c4O[C@H]2[C@@H](O)C=C[C@H]3[C@H]1C5,1,",
                "nicotine,CN1CCC[C@H]1c1cccnc1,0,",
                "atenolol,CC(C)NCC(O)COc1ccc(CC(N)=O)cc1,1,",
                "warfarin,CC(=O)CC(c1ccccc1)C1=C(O)c2ccccc2OC1=O,0,") + "\n");
        SplitPlan plan = new SplitPlan(data, "smiles", List.of("active", "pIC50"), FeaturizerSpec.parse("ecfp4:1024"),
                "random", 0.2, 0.2, 3);
        LabelledTable table = plan.read();
        Split split = plan.split(table);
        List<SplitFile.Row> rows = SplitFile.rows(table, split);
        assertEquals(12, rows.size());
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(i + 1, rows.get(i).row());
        }
        SplitFile.Row salt = rows.get(0);
        assertFalse(salt.standardizedSmiles().contains("Na"), salt.standardizedSmiles());
        assertFalse(salt.standardizedSmiles().contains("-"), "carboxylate neutralized: " + salt.standardizedSmiles());
        assertFalse(rows.get(6).standardizedSmiles().contains("Cl"), "HCl dropped: " + rows.get(6).standardizedSmiles());
        assertEquals("rejected", rows.get(2).set());
        assertTrue(rows.get(2).reason().contains("ring"), rows.get(2).reason());
        assertEquals("rejected", rows.get(4).set());
        assertTrue(rows.get(4).reason().contains("no label"), rows.get(4).reason());
        long train = rows.stream().filter(r -> r.set().equals("train")).count();
        long valid = rows.stream().filter(r -> r.set().equals("valid")).count();
        long test = rows.stream().filter(r -> r.set().equals("test")).count();
        assertEquals(List.of(6L, 2L, 2L), List.of(train, valid, test)); // 10 usable rows, 20% + 20% held out

        Path out = tmp.resolve("split.csv");
        SplitFile.write(table, split, out);
        List<String> lines = Files.readAllLines(out);
        assertEquals("row,smiles,standardized_smiles,set,active,pIC50,reason", lines.get(0));
        assertEquals(13, lines.size());
        assertTrue(lines.get(1).endsWith(",1,5.25,"), lines.get(1));
        assertTrue(lines.get(2).endsWith(",0,,"), lines.get(2));
        assertTrue(lines.get(3).startsWith("3,C1CC,,rejected,1,6,"), lines.get(3));
        assertTrue(lines.get(6).endsWith(",0,7,"), lines.get(6));
    }

    @Test
    void unknownMethodAndImpossibleFractionsAreRefused() {
        FeaturizerSpec f = FeaturizerSpec.parse("ecfp4:1024");
        assertThrows(IllegalArgumentException.class, () -> new SplitPlan(Path.of("x.csv"), "smiles", List.of("y"), f,
                "temporal", 0.1, 0.1, 0));
        assertThrows(IllegalArgumentException.class, () -> new SplitPlan(Path.of("x.csv"), "smiles", List.of("y"), f,
                "random", 0.6, 0.5, 0));
    }
}
