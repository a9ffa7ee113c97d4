package io.vscreen.reports.rank;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Non-dominated sorting (Zhang et al.'s efficient non-dominated sort with binary search over the
 * fronts): assigns every point its Pareto front, 1 for the non-dominated set, 2 for the points
 * dominated only by front 1, and so on. All objectives are maximised (orient them first with
 * {@link Desirability#oriented(double)}); a point dominates another when it is at least as good
 * in every objective and better in one. Equal points share a front. Deterministic.
 */
public final class ParetoFronts {

    private ParetoFronts() {
    }

    /**
     * Fronts of a subset of points.
     *
     * @param objectives {@code objectives[k][p]}: objective k of point p
     * @param points     the points to sort (indices into the objective arrays)
     * @param front      output, {@code front[p]} set to 1.. for every p in {@code points}
     */
    public static void assign(double[][] objectives, int[] points, int[] front) {
        int m = objectives.length;
        Integer[] sorted = Arrays.stream(points).boxed().toArray(Integer[]::new);
        Comparator<Integer> lexicographic = (a, b) -> {
            for (int k = 0; k < m; k++) {
                int c = Double.compare(objectives[k][b], objectives[k][a]);
                if (c != 0) {
                    return c;
                }
            }
            return Integer.compare(a, b);
        };
        Arrays.sort(sorted, lexicographic);
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

    private static boolean dominatedBy(double[][] obj, int p, int[] members, int size) {
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
}
