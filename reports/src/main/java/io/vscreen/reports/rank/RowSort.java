package io.vscreen.reports.rank;

/**
 * Sorts row numbers with a comparator on primitive ints (a merge sort with one scratch array),
 * so that ordering millions of compounds boxes nothing.
 */
final class RowSort {

    /** Compares two rows. */
    @FunctionalInterface
    interface RowComparator {
        int compare(int a, int b);
    }

    private RowSort() {
    }

    /** Sorts {@code rows} in place. */
    static void sort(int[] rows, RowComparator cmp) {
        if (rows.length < 2) {
            return;
        }
        int[] scratch = rows.clone();
        mergeSort(scratch, rows, 0, rows.length, cmp);
    }

    /** Sorts src[from, to) into dst[from, to); both hold the same values on entry. */
    private static void mergeSort(int[] src, int[] dst, int from, int to, RowComparator cmp) {
        int n = to - from;
        if (n < 16) {
            for (int i = from + 1; i < to; i++) {
                int v = dst[i];
                int j = i - 1;
                while (j >= from && cmp.compare(dst[j], v) > 0) {
                    dst[j + 1] = dst[j];
                    j--;
                }
                dst[j + 1] = v;
            }
            return;
        }
        int mid = (from + to) >>> 1;
        mergeSort(dst, src, from, mid, cmp);
        mergeSort(dst, src, mid, to, cmp);
        if (cmp.compare(src[mid - 1], src[mid]) <= 0) {
            System.arraycopy(src, from, dst, from, n);
            return;
        }
        for (int i = from, p = from, q = mid; i < to; i++) {
            if (q >= to || (p < mid && cmp.compare(src[p], src[q]) <= 0)) {
                dst[i] = src[p++];
            } else {
                dst[i] = src[q++];
            }
        }
    }
}
