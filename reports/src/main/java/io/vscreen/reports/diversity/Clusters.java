package io.vscreen.reports.diversity;

/**
 * Cluster ids around the selected compounds: the k-th selected compound (in rank order) is the
 * centre of cluster k; every other compound joins the cluster of the selected compound it is most
 * similar to, provided the similarity reaches the threshold (ties go to the better-ranked
 * centre), and gets 0 (no cluster) otherwise. Costs one similarity per compound and centre;
 * shared out among threads when the space allows it.
 */
public final class Clusters {

    /** Fewer rows are assigned on the calling thread alone. */
    private static final int PARALLEL_ROWS = 10_000;

    private Clusters() {
    }

    /**
     * @param space     similarities
     * @param size      number of rows (0..size-1)
     * @param centres   selected rows in rank order
     * @param threshold minimum similarity to join a cluster
     * @return cluster id per row, 0 = none
     */
    public static int[] assign(CompoundSpace space, int size, int[] centres, double threshold) {
        int[] cluster = new int[size];
        for (int k = 0; k < centres.length; k++) {
            cluster[centres[k]] = k + 1;
        }
        if (centres.length == 0) {
            return cluster;
        }
        java.util.function.IntConsumer join = r -> {
            if (cluster[r] != 0) {
                return;
            }
            double[] similarity = new double[centres.length];
            space.similarities(r, centres, similarity);
            double best = -1;
            for (int k = 0; k < centres.length; k++) {
                double s = similarity[k];
                if (s > best) {
                    best = s;
                    if (s >= threshold) {
                        cluster[r] = k + 1;
                    }
                }
            }
        };
        // each row's cluster depends on that row alone, so the rows may be shared out among threads
        if (space.isThreadSafe() && size >= PARALLEL_ROWS) {
            java.util.stream.IntStream.range(0, size).parallel().forEach(join);
        } else {
            for (int r = 0; r < size; r++) {
                join.accept(r);
            }
        }
        return cluster;
    }
}
