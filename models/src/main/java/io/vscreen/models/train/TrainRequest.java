package io.vscreen.models.train;

import java.nio.file.Path;
import java.util.List;

import io.vscreen.models.Role;
import io.vscreen.models.TaskType;
import io.vscreen.models.features.FeaturizerSpec;
import io.vscreen.models.nn.MlpConfig;

/**
 * Everything a training run needs. {@code taskTypes} has one entry per task (tasks of one type
 * share a network); {@code units} likewise (empty strings allowed). {@code split} is
 * {@code scaffold} or {@code random}; {@code validFraction}/{@code testFraction} size the
 * validation (early stopping) and test (reported figures) sets. {@code folds} of 0 trains every
 * member on the one split; 2 or more pools the training and validation sets into that many folds
 * and member {@code e} stops early on fold {@code e mod folds} ({@link
 * io.vscreen.models.data.CrossValidation}). {@code command} is recorded in the manifest.
 * {@code derived} lists classification tasks read off regression tasks instead of learned
 * ({@link DerivedTask}).
 */
public record TrainRequest(Path data, String smilesColumn, List<String> tasks, List<TaskType> taskTypes,
                           List<String> units, Role role, String name, String version, String description,
                           FeaturizerSpec featurizer, String split, long seed, int ensemble, int folds, MlpConfig mlp,
                           double validFraction, double testFraction, Path out, String command,
                           List<DerivedTask> derived) {

    /** A request whose tasks are all learned as such (no derived tasks). */
    public TrainRequest(Path data, String smilesColumn, List<String> tasks, List<TaskType> taskTypes, List<String> units,
                        Role role, String name, String version, String description, FeaturizerSpec featurizer, String split,
                        long seed, int ensemble, int folds, MlpConfig mlp, double validFraction, double testFraction,
                        Path out, String command) {
        this(data, smilesColumn, tasks, taskTypes, units, role, name, version, description, featurizer, split, seed,
                ensemble, folds, mlp, validFraction, testFraction, out, command, List.of());
    }

    public TrainRequest {
        tasks = List.copyOf(tasks);
        taskTypes = List.copyOf(taskTypes);
        units = List.copyOf(units);
        if (tasks.isEmpty()) {
            throw new IllegalArgumentException("no tasks given");
        }
        if (taskTypes.size() != tasks.size() || units.size() != tasks.size()) {
            throw new IllegalArgumentException("one task type and one unit per task are needed");
        }
        if (!split.equals("scaffold") && !split.equals("random")) {
            throw new IllegalArgumentException("split must be scaffold or random, not '" + split + "'");
        }
        if (ensemble < 1) {
            throw new IllegalArgumentException("ensemble size must be at least 1");
        }
        if (folds == 1 || folds < 0) {
            throw new IllegalArgumentException("folds must be 0 (one split) or at least 2, not " + folds);
        }
        derived = List.copyOf(derived);
        for (DerivedTask d : derived) {
            int t = tasks.indexOf(d.task());
            int s = tasks.indexOf(d.source());
            if (t < 0 || taskTypes.get(t) != TaskType.CLASSIFICATION) {
                throw new IllegalArgumentException("derived task " + d.task() + " must be one of the classification tasks "
                        + tasks);
            }
            if (s < 0 || taskTypes.get(s) != TaskType.REGRESSION) {
                throw new IllegalArgumentException(d.task() + " is read off " + d.source()
                        + ", which must be one of the regression tasks " + tasks);
            }
        }
        if (derived.stream().map(DerivedTask::task).distinct().count() != derived.size()) {
            throw new IllegalArgumentException("a task is derived twice: " + derived);
        }
        if (folds > 0 && ensemble < folds) {
            throw new IllegalArgumentException(folds + " folds need an ensemble of at least " + folds
                    + " members (one stops early on each fold), not " + ensemble);
        }
    }

    /** The derivation of {@code task}, or null when the task is learned as such. */
    public DerivedTask derivation(String task) {
        return derived.stream().filter(d -> d.task().equals(task)).findFirst().orElse(null);
    }

    /** How this run reads and splits its data. */
    public SplitPlan splitPlan() {
        return new SplitPlan(data, smilesColumn, tasks, featurizer, split, validFraction, testFraction, seed);
    }
}
