package io.vscreen.models.data;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Divides rows into training, validation and test sets (fractions {@code 1 - valid - test},
 * {@code valid}, {@code test}).
 *
 * <p>Scaffold split: rows are grouped by scaffold key; groups are taken largest first into the
 * training set until it would overflow, then into validation, then test, so the validation and
 * test sets hold the rarer scaffolds, chemotypes the model has not seen. Groups of equal size are
 * taken in a seeded random order (ordering them by key or by file position would bias the test
 * set towards some kinds of SMILES). Random split: a seeded shuffle.
 *
 * <p>Folds for cross-validation ({@link #scaffoldFolds}, {@link #randomFolds}) divide given rows
 * into {@code k} sets of near-equal size; by scaffold, no scaffold group is divided between folds.
 */
public final class Splitter {
    private final double validFraction;
    private final double testFraction;

    public Splitter(double validFraction, double testFraction) {
        if (validFraction < 0 || testFraction < 0 || validFraction + testFraction >= 1) {
            throw new IllegalArgumentException("validation and test fractions must be >= 0 and sum below 1");
        }
        this.validFraction = validFraction;
        this.testFraction = testFraction;
    }

    /** Scaffold split over one key per row. */
    public Split byScaffold(List<String> scaffoldKeys, long seed) {
        List<List<Integer>> ordered = largestGroupsFirst(scaffoldKeys,
                java.util.stream.IntStream.range(0, scaffoldKeys.size()).toArray(), seed);
        int n = scaffoldKeys.size();
        double trainCut = (1 - validFraction - testFraction) * n;
        double validCut = (1 - testFraction) * n;
        List<Integer> train = new ArrayList<>();
        List<Integer> valid = new ArrayList<>();
        List<Integer> test = new ArrayList<>();
        for (List<Integer> rows : ordered) {
            if (train.size() + rows.size() > trainCut) {
                if (train.size() + valid.size() + rows.size() > validCut) {
                    test.addAll(rows);
                } else {
                    valid.addAll(rows);
                }
            } else {
                train.addAll(rows);
            }
        }
        return new Split("scaffold", seed, sorted(train), sorted(valid), sorted(test));
    }

    /** Random split with a seeded shuffle. */
    public Split random(int n, long seed) {
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            idx.add(i);
        }
        java.util.Collections.shuffle(idx, new Random(seed));
        int nTest = (int) Math.round(testFraction * n);
        int nValid = (int) Math.round(validFraction * n);
        List<Integer> test = idx.subList(0, nTest);
        List<Integer> valid = idx.subList(nTest, nTest + nValid);
        List<Integer> train = idx.subList(nTest + nValid, n);
        return new Split("random", seed, sorted(train), sorted(valid), sorted(test));
    }

    /**
     * Divides {@code rows} into {@code k} folds without dividing a scaffold group: groups are taken
     * largest first (equal sizes in a seeded random order) and each goes to the fold that holds
     * the fewest rows so far (the first such fold on a tie).
     *
     * @param scaffoldKeys one key per row of the whole table; only {@code rows} are read
     */
    public static int[][] scaffoldFolds(List<String> scaffoldKeys, int[] rows, int k, long seed) {
        checkFolds(rows.length, k);
        List<List<Integer>> ordered = largestGroupsFirst(scaffoldKeys, rows, seed);
        if (ordered.size() < k) {
            throw new IllegalArgumentException(k + " folds need at least " + k + " scaffold groups, the rows have "
                    + ordered.size());
        }
        List<List<Integer>> folds = new ArrayList<>();
        for (int f = 0; f < k; f++) {
            folds.add(new ArrayList<>());
        }
        for (List<Integer> group : ordered) {
            List<Integer> smallest = folds.get(0);
            for (List<Integer> fold : folds) {
                if (fold.size() < smallest.size()) {
                    smallest = fold;
                }
            }
            smallest.addAll(group);
        }
        return folds.stream().map(Splitter::sorted).toArray(int[][]::new);
    }

    /** Divides {@code rows} into {@code k} folds after a seeded shuffle (sizes differ by at most one). */
    public static int[][] randomFolds(int[] rows, int k, long seed) {
        checkFolds(rows.length, k);
        List<Integer> shuffled = new ArrayList<>();
        for (int r : rows) {
            shuffled.add(r);
        }
        java.util.Collections.shuffle(shuffled, new Random(seed));
        List<List<Integer>> folds = new ArrayList<>();
        for (int f = 0; f < k; f++) {
            folds.add(new ArrayList<>());
        }
        for (int i = 0; i < shuffled.size(); i++) {
            folds.get(i % k).add(shuffled.get(i));
        }
        return folds.stream().map(Splitter::sorted).toArray(int[][]::new);
    }

    /**
     * The scaffold groups of {@code rows}, largest first; groups of equal size in a seeded random
     * order (from key order, so the order depends on the keys and the seed only).
     */
    private static List<List<Integer>> largestGroupsFirst(List<String> scaffoldKeys, int[] rows, long seed) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int r : rows) {
            groups.computeIfAbsent(scaffoldKeys.get(r), key -> new ArrayList<>()).add(r);
        }
        List<Map.Entry<String, List<Integer>>> ordered = new ArrayList<>(groups.entrySet());
        ordered.sort(Map.Entry.comparingByKey());
        java.util.Collections.shuffle(ordered, new Random(seed));
        ordered.sort(Comparator.comparingInt(e -> -e.getValue().size())); // stable: equal sizes keep the shuffle
        return ordered.stream().map(Map.Entry::getValue).toList();
    }

    private static void checkFolds(int rows, int k) {
        if (k < 2) {
            throw new IllegalArgumentException("cross-validation needs at least 2 folds, not " + k);
        }
        if (rows < k) {
            throw new IllegalArgumentException(k + " folds need at least " + k + " rows, there are " + rows);
        }
    }

    private static int[] sorted(List<Integer> rows) {
        return rows.stream().mapToInt(Integer::intValue).sorted().toArray();
    }
}
