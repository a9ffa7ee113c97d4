package io.vscreen.models.gnn;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Trains one D-MPNN on a MoleculeNet CSV split by scaffold and prints every epoch's validation
 * figures and time. Arguments: csv smilesColumn tasks(comma) types(c/r per task, e.g. cr) stride
 * hidden epochs seed [learningRate batchSize patience saveDir].
 */
public final class GnnValidationRun {

    public static void main(String[] args) throws Exception {
        Path csv = Path.of(args[0]);
        List<String> tasks = List.of(args[2].split(","));
        boolean[] cls = new boolean[tasks.size()];
        for (int i = 0; i < cls.length; i++) {
            cls[i] = args[3].charAt(i) == 'c';
        }
        int stride = Integer.parseInt(args[4]);
        int hidden = Integer.parseInt(args[5]);
        int epochs = Integer.parseInt(args[6]);
        long seed = Long.parseLong(args[7]);
        long t0 = System.nanoTime();
        MoleculeNetGraphs data = MoleculeNetGraphs.read(csv, args[1], tasks, stride);
        int[][] split = data.scaffoldSplit(0.8);
        System.out.printf(Locale.ROOT, "read %d molecules (train %d, valid %d) in %.1f s%n", data.data.size(),
                split[0].length, split[1].length, (System.nanoTime() - t0) / 1e9);
        double lr = args.length > 8 ? Double.parseDouble(args[8]) : 1e-3;
        int batch = args.length > 9 ? Integer.parseInt(args[9]) : 50;
        int patience = args.length > 10 ? Integer.parseInt(args[10]) : epochs;
        DmpnnConfig cfg = DmpnnConfig.defaults().withHiddenSize(hidden).withEpochs(epochs, patience)
                .withLearningRate(lr).withBatchSize(batch);
        DmpnnTrainer.Trained t = new DmpnnTrainer(cfg, cls).train(data.data.subset(split[0]),
                data.data.subset(split[1]), seed, e -> System.out.printf(Locale.ROOT, "epoch %d %s score %.4f %.1f s%n",
                        e.epoch(), Arrays.toString(e.validPerTask()), e.validScore(), e.seconds()));
        System.out.println("best epoch " + t.bestEpoch() + " score " + t.bestScore() + " "
                + Arrays.toString(t.history().get(t.bestEpoch() - 1).validPerTask()));
        if (args.length > 11) {
            t.network().save(Path.of(args[11]), "gnn-" + seed);
        }
    }
}
