package io.vscreen.reports.diversity;

/** A hand-written similarity matrix with scaffold ids, for diversity tests. */
record MatrixSpace(double[][] similarity, int[] scaffolds) implements CompoundSpace {

    /** Points on a line: similarity 1 - |xa - xb|, clamped at 0. */
    static MatrixSpace line(double[] x, int[] scaffolds) {
        int n = x.length;
        double[][] s = new double[n][n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                s[a][b] = Math.max(0, 1 - Math.abs(x[a] - x[b]));
            }
        }
        return new MatrixSpace(s, scaffolds);
    }

    @Override
    public double similarity(int a, int b) {
        return similarity[a][b];
    }

    @Override
    public int scaffold(int row) {
        return scaffolds[row];
    }
}
