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
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < scaffoldKeys.size(); i++) {
            groups.computeIfAbsent(scaffoldKeys.get(i), k -> new ArrayList<>()).add(i);
        }
        List<Map.Entry<String, List<Integer>>> ordered = new ArrayList<>(groups.entrySet());
        ordered.sort(Map.Entry.comparingByKey());
        java.util.Collections.shuffle(ordered, new Random(seed));
        ordered.sort(Comparator.comparingInt(e -> -e.getValue().size())); // stable: equal sizes keep the shuffle
        int n = scaffoldKeys.size();
        double trainCut = (1 - validFraction - testFraction) * n;
        double validCut = (1 - testFraction) * n;
        List<Integer> train = new ArrayList<>();
        List<Integer> valid = new ArrayList<>();
        List<Integer> test = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> g : ordered) {
            List<Integer> rows = g.getValue();
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

    private static int[] sorted(List<Integer> rows) {
        return rows.stream().mapToInt(Integer::intValue).sorted().toArray();
    }
}
