package io.vscreen.models.data;

import java.util.Arrays;

/**
 * A split whose training and validation sets are pooled and divided into {@code k} folds:
 * ensemble member {@code e} stops early on fold {@code e mod k} and learns from the other folds,
 * so every pooled row is validated by the members that never trained on it (out-of-fold), and
 * together the members learn from every pooled row. The test set is the split's, untouched.
 *
 * @param outer the split the folds were made from (its test set is this one's)
 * @param folds row indices of each fold, sorted; together the outer training and validation rows
 */
public record CrossValidation(Split outer, int[][] folds) {

    public CrossValidation {
        if (folds.length < 2) {
            throw new IllegalArgumentException("cross-validation needs at least 2 folds");
        }
        int n = 0;
        for (int[] f : folds) {
            n += f.length;
        }
        if (n != outer.train().length + outer.valid().length) {
            throw new IllegalArgumentException("the folds hold " + n + " rows, the pooled sets "
                    + (outer.train().length + outer.valid().length));
        }
    }

    /** Divides the pooled training and validation rows of {@code split} by scaffold group. */
    public static CrossValidation byScaffold(Split split, java.util.List<String> scaffoldKeys, int k) {
        return new CrossValidation(split, Splitter.scaffoldFolds(scaffoldKeys, pooled(split), k, split.seed()));
    }

    /** Divides the pooled training and validation rows of {@code split} at random. */
    public static CrossValidation random(Split split, int k) {
        return new CrossValidation(split, Splitter.randomFolds(pooled(split), k, split.seed()));
    }

    /** Number of folds. */
    public int k() {
        return folds.length;
    }

    /** The fold ensemble member {@code member} (0-based) validates on. */
    public int foldOf(int member) {
        return member % folds.length;
    }

    /** The rows every fold together holds (the outer training and validation rows), sorted. */
    public int[] pooled() {
        return pooled(outer);
    }

    /** Member {@code member}'s split: the other folds to learn from, its fold to stop on, the outer test set. */
    public Split member(int member) {
        int f = foldOf(member);
        int[] train = new int[pooled().length - folds[f].length];
        int at = 0;
        for (int g = 0; g < folds.length; g++) {
            if (g != f) {
                System.arraycopy(folds[g], 0, train, at, folds[g].length);
                at += folds[g].length;
            }
        }
        Arrays.sort(train);
        return new Split(outer.method() + " fold " + (f + 1) + "/" + folds.length, outer.seed(), train, folds[f],
                outer.test());
    }

    /** One line naming the method, the folds' sizes and the test set's, as training logs it. */
    public String summary() {
        return String.format("%s split, training and validation pooled into %d folds (%s rows), %d test", outer.method(),
                folds.length, String.join(", ", Arrays.stream(folds).map(f -> Integer.toString(f.length)).toList()),
                outer.test().length);
    }

    private static int[] pooled(Split split) {
        int[] p = Arrays.copyOf(split.train(), split.train().length + split.valid().length);
        System.arraycopy(split.valid(), 0, p, split.train().length, split.valid().length);
        Arrays.sort(p);
        return p;
    }
}
