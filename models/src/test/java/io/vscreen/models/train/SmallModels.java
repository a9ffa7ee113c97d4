package io.vscreen.models.train;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.openscience.cdk.interfaces.IAtomContainer;

import io.vscreen.chem.MoleculeParser;
import io.vscreen.chem.StructureException;
import io.vscreen.chem.standardize.Standardizer;
import io.vscreen.chem.standardize.StandardizerOptions;
import io.vscreen.chem.testing.SharedData;
import io.vscreen.models.Role;
import io.vscreen.models.TaskType;
import io.vscreen.models.features.FeaturizerSpec;
import io.vscreen.models.nn.MlpConfig;
import io.vscreen.models.pkg.ModelPackage;

/** Small, quick model packages trained on the BACE set, for tests. */
public final class SmallModels {
    private SmallModels() {
    }

    /** BACE Class (classification) and pIC50 (regression), 1024 bits, 16 hidden units, 3 epochs. */
    public static TrainRequest baceRequest(Path out, long seed, int ensemble) {
        return baceRequest(out, seed, ensemble, FeaturizerSpec.parse("ecfp4:1024"));
    }

    /** As {@link #baceRequest(Path, long, int)} with another featurizer. */
    public static TrainRequest baceRequest(Path out, long seed, int ensemble, FeaturizerSpec featurizer) {
        return new TrainRequest(SharedData.file("moleculenet/bace.csv"), "smiles", List.of("Class", "pIC50"),
                List.of(TaskType.CLASSIFICATION, TaskType.REGRESSION), List.of("probability", "pIC50"), Role.EFFICACY,
                "bace-small", "0.0.1", "test model", featurizer, "scaffold", seed, ensemble, 0,
                MlpConfig.defaults().withHidden(List.of(16)).withEpochs(3, 3), 0.1, 0.1, out, "test");
    }

    /** As {@link #baceRequest(Path, long, int)}, the training and validation sets pooled into {@code folds} folds. */
    public static TrainRequest crossValidatedBaceRequest(Path out, long seed, int ensemble, int folds) {
        TrainRequest r = baceRequest(out, seed, ensemble);
        return new TrainRequest(r.data(), r.smilesColumn(), r.tasks(), r.taskTypes(), r.units(), r.role(), r.name(),
                r.version(), r.description(), r.featurizer(), r.split(), seed, ensemble, folds, r.mlp(), r.validFraction(),
                r.testFraction(), out, r.command());
    }

    /** The header and every {@code n}th row of ESOL (solubility), written into {@code dir}. */
    public static Path esolRows(Path dir, int n) throws IOException {
        List<String> lines = java.nio.file.Files.readAllLines(SharedData.file("moleculenet/delaney-processed.csv"));
        List<String> some = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (i == 0 || i % n == 0) {
                some.add(lines.get(i));
            }
        }
        Path csv = dir.resolve("esol-every-" + n + ".csv");
        java.nio.file.Files.write(csv, some);
        return csv;
    }

    /**
     * ESOL solubility (one regression task) from {@code csv} ({@link #esolRows}), scaffold split,
     * seed 0, networks of 16 hidden units for 3 epochs (graph training takes its own config).
     */
    public static TrainRequest esolRequest(Path csv, String name, String featurizer, int ensemble, Path out) {
        return new TrainRequest(csv, "smiles", List.of("measured log solubility in mols per litre"),
                List.of(TaskType.REGRESSION), List.of("log mol/L"), Role.PROPERTY, name, "1.0.0", "ESOL solubility",
                FeaturizerSpec.parse(featurizer), "scaffold", 0, ensemble, 0,
                MlpConfig.defaults().withHidden(List.of(16)).withEpochs(3, 3), 0.1, 0.1, out, "test");
    }

    public static ModelPackage trainBace(Path out, long seed, int ensemble) throws IOException {
        return new TrainingRun(baceRequest(out, seed, ensemble), line -> { }).run();
    }

    /** Parses and standardizes SMILES as screening does (no InChIKey), for scoring tests. */
    public static List<IAtomContainer> standardized(List<String> smiles) throws StructureException {
        MoleculeParser parser = new MoleculeParser();
        Standardizer standardizer = new Standardizer(StandardizerOptions.DEFAULTS.withInchiKey(false));
        List<IAtomContainer> out = new ArrayList<>();
        for (String s : smiles) {
            out.add(standardizer.standardize(parser.parseSmiles(s)).molecule());
        }
        return out;
    }
}
