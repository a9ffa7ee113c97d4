package io.vscreen.models.pkg;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.vscreen.chem.MoleculeParser;
import io.vscreen.chem.standardize.Standardizer;
import io.vscreen.chem.standardize.StandardizerOptions;
import io.vscreen.models.Role;
import io.vscreen.models.Task;
import io.vscreen.models.TaskType;
import io.vscreen.models.ad.ApplicabilityDomain;
import io.vscreen.models.features.Featurizer;
import io.vscreen.models.features.FeaturizerSpec;
import io.vscreen.models.features.MoleculeFeatures;
import io.vscreen.models.nn.Mlp;

/**
 * A synthetic package taking 1024 folded ECFP4 counts and the standard descriptors (seeded random
 * weights; the descriptor scaling fitted on {@link TestPackages#TRAINING}).
 */
public final class DescriptorPackages {
    public static final String SPEC = "ecfp4-count:1024+standard";

    private DescriptorPackages() {
    }

    /** Writes the package into {@code dir} and returns {@code dir}. */
    public static Path write(Path dir) throws Exception {
        FeaturizerSpec spec = FeaturizerSpec.parse(SPEC);
        Featurizer f = Featurizer.create(spec);
        MoleculeParser parser = new MoleculeParser();
        Standardizer standardizer = new Standardizer(StandardizerOptions.DEFAULTS.withInchiKey(false));
        List<int[]> bits = new ArrayList<>();
        List<double[]> descriptors = new ArrayList<>();
        for (String s : TestPackages.TRAINING) {
            MoleculeFeatures mf = f.features(standardizer.standardize(parser.parseSmiles(s)).molecule());
            bits.add(mf.onBits());
            descriptors.add(mf.descriptors());
        }
        spec = spec.withDescriptors(spec.descriptors().fit(descriptors));
        int width = spec.width();
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<String> members = new ArrayList<>();
        for (int m = 0; m < 2; m++) {
            files.put("weights/classification-" + m + ".bf16", mlp(width, m).toBytes());
            members.add("weights/classification-" + m + ".bf16");
        }
        files.put("domain/training-fingerprints.bin.gz", ApplicabilityDomain.of(bits, 1024).toBytes());
        Manifest.Head head = new Manifest.Head("classification", TaskType.CLASSIFICATION, List.of("active"), "mlp",
                List.of(width, 8, 1), "relu", "sigmoid", new double[] {0}, new double[] {1}, members, "bfloat16-le");
        Manifest m = new Manifest(Manifest.FORMAT, "synthetic-counts", "0.1.0", Role.EFFICACY, "synthetic test model",
                List.of(new Task("active", TaskType.CLASSIFICATION, null)), spec, List.of(head), 2,
                "domain/training-fingerprints.bin.gz", null, null, Map.of());
        ModelPackage.write(dir, m, files);
        return dir;
    }

    /** The package's seeded random {@code width}-8-1 network (as {@link TestPackages#mlp(int, long)}). */
    public static Mlp mlp(int width, long seed) {
        return TestPackages.mlp(width, seed);
    }
}
