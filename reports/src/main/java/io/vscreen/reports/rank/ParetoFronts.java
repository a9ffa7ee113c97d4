package io.vscreen.reports.rank;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Non-dominated sorting (Zhang et al.'s efficient non-dominated sort with binary search over the
 * fronts): assigns every point its Pareto front, 1 for the non-dominated set, 2 for the points
 * dominated only by front 1, and so on. All objectives are maximised (orient them first with
 * {@link Desirability#oriented(double)}); a point dominates another when it is at least as good
 * in every objective and better in one. Equal points share a front. Deterministic.
 *
 * <p>With up to three objectives each front keeps a staircase of its members' second and third
 * objectives (points are visited in decreasing order of the first), so a dominance query costs a
 * logarithm instead of a scan of the front: 100,000 compounds sort in well under a second.
 */
public final class ParetoFronts {

    private ParetoFronts() {
    }

    /** Objective values of points, read where they are kept (arrays, or a {@link RankTable}). */
    public interface Objectives {
        /** Number of objectives. */
        int count();

        /** Objective k of point p, oriented so that higher is better. */
        double get(int k, int p);
    }

    /**
     * Fronts of a subset of points.
     *
     * @param objectives {@code objectives[k][p]}: objective k of point p
     * @param points     the points to sort (indices into the objective arrays)
     * @param front      output, {@code front[p]} set to 1.. for every p in {@code points}
     */
    public static void assign(double[][] objectives, int[] points, int[] front) {
        assign(new Objectives() {
            @Override
            public int count() {
                return objectives.length;
            }

            @Override
            public double get(int k, int p) {
                return objectives[k][p];
            }
        }, points, front);
    }

    /** Fronts of a subset of points, objectives read through an accessor. */
    public static void assign(Objectives objectives, int[] points, int[] front) {
        int m = objectives.count();
        int[] sorted = points.clone();
        RowSort.sort(sorted, (a, b) -> {
            for (int k = 0; k < m; k++) {
                int c = Double.compare(objectives.get(k, b), objectives.get(k, a));
                if (c != 0) {
                    return c;
                }
            }
            return Integer.compare(a, b);
        });
        if (m <= 3) {
            assignByStaircase(objectives, sorted, front);
            return;
        }
        List<int[]> fronts = new ArrayList<>();
        int[] sizes = new int[16];
        for (int p : sorted) {
            int lo = 0;
            int hi = fronts.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (dominatedBy(objectives, p, fronts.get(mid), sizes[mid])) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            if (lo == fronts.size()) {
                fronts.add(new int[8]);
                if (sizes.length == lo) {
                    sizes = Arrays.copyOf(sizes, lo * 2);
                }
            }
            int[] f = fronts.get(lo);
            if (sizes[lo] == f.length) {
                f = Arrays.copyOf(f, f.length * 2);
                fronts.set(lo, f);
            }
            f[sizes[lo]++] = p;
            front[p] = lo + 1;
        }
    }

    private static void assignByStaircase(Objectives objectives, int[] sorted, int[] front) {
        int m = objectives.count();
        List<Staircase> fronts = new ArrayList<>();
        for (int p : sorted) {
            double a = objectives.get(0, p);
            double b = m > 1 ? objectives.get(1, p) : 0;
            double c = m > 2 ? objectives.get(2, p) : 0;
            int lo = 0;
            int hi = fronts.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (fronts.get(mid).dominates(a, b, c)) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            if (lo == fronts.size()) {
                fronts.add(new Staircase());
            }
            fronts.get(lo).add(a, b, c);
            front[p] = lo + 1;
        }
    }

    /**
     * The members of one front seen so far, reduced to the maximal (second, third) objective pairs:
     * keys (second objective) ascending carry strictly descending third objectives, each with the
     * largest first objective of a member at that pair. Members arrive in decreasing order of the
     * first objective, so any member is at least as good in it as the point queried.
     */
    private static final class Staircase {
        private final java.util.TreeMap<Double, double[]> steps = new java.util.TreeMap<>();

        boolean dominates(double a, double b, double c) {
            java.util.Map.Entry<Double, double[]> e = steps.ceilingEntry(b);
            if (e == null || e.getValue()[0] < c) {
                return false;
            }
            // e is at least as good everywhere; it dominates unless it is the same point
            return !(e.getKey() == b && e.getValue()[0] == c && e.getValue()[1] == a);
        }

        void add(double a, double b, double c) {
            java.util.Map.Entry<Double, double[]> e = steps.ceilingEntry(b);
            if (e != null && e.getValue()[0] >= c) {
                return; // covered by an existing step
            }
            java.util.Map.Entry<Double, double[]> f = steps.floorEntry(b);
            while (f != null && f.getValue()[0] <= c) {
                steps.remove(f.getKey());
                f = steps.floorEntry(b);
            }
            steps.put(b, new double[] {c, a});
        }
    }

    private static boolean dominatedBy(Objectives obj, int p, int[] members, int size) {
        for (int i = size - 1; i >= 0; i--) {
            if (dominates(obj, members[i], p)) {
                return true;
            }
        }
        return false;
    }

    /** Whether point a dominates point b (all objectives maximised). */
    public static boolean dominates(double[][] obj, int a, int b) {
        boolean better = false;
        for (double[] o : obj) {
            if (o[a] < o[b]) {
                return false;
            }
            if (o[a] > o[b]) {
                better = true;
            }
        }
        return better;
    }

    private static boolean dominates(Objectives obj, int a, int b) {
        boolean better = false;
        for (int k = 0; k < obj.count(); k++) {
            double x = obj.get(k, a);
            double y = obj.get(k, b);
            if (x < y) {
                return false;
            }
            if (x > y) {
                better = true;
            }
        }
        return better;
    }
}
