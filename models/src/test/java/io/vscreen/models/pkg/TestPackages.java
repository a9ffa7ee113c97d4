package io.vscreen.models.pkg;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import io.vscreen.chem.MoleculeParser;
import io.vscreen.models.Role;
import io.vscreen.models.Task;
import io.vscreen.models.TaskType;
import io.vscreen.models.ad.ApplicabilityDomain;
import io.vscreen.models.features.Featurizer;
import io.vscreen.models.features.FeaturizerSpec;
import io.vscreen.models.nn.DenseWeights;
import io.vscreen.models.nn.Mlp;

/** Small synthetic packages (seeded random weights, real fingerprints) for package and registry tests. */
public final class TestPackages {
    /** The training compounds of the synthetic package: aspirin, paracetamol, ibuprofen. */
    public static final List<String> TRAINING = List.of("CC(=O)Oc1ccccc1C(=O)O", "CC(=O)Nc1ccc(O)cc1",
            "CC(C)Cc1ccc(cc1)C(C)C(=O)O");

    private TestPackages() {
    }

    /** Writes a package named {@code name}: 1024-bit ECFP4, one classification task, 2 members. */
    public static Manifest write(Path dir, String name) throws Exception {
        FeaturizerSpec spec = FeaturizerSpec.parse("ecfp4:1024");
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<String> members = new ArrayList<>();
        for (int m = 0; m < 2; m++) {
            files.put("weights/classification-" + m + ".bf16", mlp(m).toBytes());
            members.add("weights/classification-" + m + ".bf16");
        }
        Featurizer f = Featurizer.create(spec);
        MoleculeParser parser = new MoleculeParser();
        List<int[]> bits = new ArrayList<>();
        for (String s : TRAINING) {
            bits.add(f.onBits(parser.parseSmiles(s)));
        }
        files.put("domain/training-fingerprints.bin.gz", ApplicabilityDomain.of(bits, 1024).toBytes());
        Manifest.Head head = new Manifest.Head("classification", TaskType.CLASSIFICATION, List.of("active"), "mlp",
                List.of(1024, 8, 1), "relu", "sigmoid", new double[] {0}, new double[] {1}, members, "bfloat16-le");
        Manifest m = new Manifest(Manifest.FORMAT, name, "0.1.0", Role.EFFICACY, "synthetic test model",
                List.of(new Task("active", TaskType.CLASSIFICATION, null)), spec, List.of(head), 2,
                "domain/training-fingerprints.bin.gz",
                new Manifest.Validation("scaffold", 0, 3, 0, 0, Map.of("test", List.of(new Manifest.MetricSet("active", 10, 3,
                        Map.of("roc_auc", 0.75)))), "none"),
                new Manifest.Provenance("none.csv", "0".repeat(64), 3, 3, 0, Map.of(), List.of(0L, 1L), Map.of(), Map.of(),
                        "2026-01-01T00:00:00Z"),
                Map.of());
        return ModelPackage.write(dir, m, files);
    }

    /** A seeded random 1024-8-1 classification network. */
    public static Mlp mlp(long seed) {
        return mlp(1024, seed);
    }

    /** A seeded random {@code width}-8-1 classification network, at storage precision. */
    public static Mlp mlp(int width, long seed) {
        Random r = new Random(seed);
        return new Mlp(List.of(dense(width, 8, r), dense(8, 1, r)), TaskType.CLASSIFICATION).roundedToStoragePrecision();
    }

    private static DenseWeights dense(int nIn, int nOut, Random r) {
        float[] w = new float[nIn * nOut];
        float[] b = new float[nOut];
        for (int i = 0; i < w.length; i++) {
            w[i] = (float) (r.nextGaussian() * 0.3);
        }
        for (int i = 0; i < b.length; i++) {
            b[i] = (float) (r.nextGaussian() * 0.1);
        }
        return new DenseWeights(nIn, nOut, w, b);
    }

}
