package io.vscreen.models.gnn;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.vscreen.chem.graph.GraphBatch;
import io.vscreen.chem.graph.MolGraph;

/**
 * Several {@link Dmpnn}s trained with different seeds on the same tasks; predictions are the
 * members' mean and (population) standard deviation, the latter an uncertainty estimate.
 * Immutable; safe to share between threads.
 */
public final class GnnEnsemble {

    /** Mean and standard deviation over members, molecules x tasks. */
    public record Prediction(float[][] mean, float[][] std) {
    }

    private final List<Dmpnn> members;

    public GnnEnsemble(List<Dmpnn> members) {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("an ensemble needs at least one member");
        }
        int t = members.get(0).taskCount();
        int f = members.get(0).spec().moleculeFeatures();
        for (Dmpnn m : members) {
            if (m.taskCount() != t) {
                throw new IllegalArgumentException("ensemble members predict different numbers of tasks");
            }
            if (m.spec().moleculeFeatures() != f) {
                throw new IllegalArgumentException("ensemble members take different numbers of molecule features");
            }
        }
        this.members = List.copyOf(members);
    }

    /** The members. */
    public List<Dmpnn> members() {
        return members;
    }

    /** Number of tasks. */
    public int taskCount() {
        return members.get(0).taskCount();
    }

    /** Ensemble mean and standard deviation for one batch of graphs (members without molecule features). */
    public Prediction predict(List<MolGraph> graphs) {
        return predict(graphs, null);
    }

    /** Number of molecule features the members take beside the graph (0 for none). */
    public int moleculeFeatures() {
        return members.get(0).spec().moleculeFeatures();
    }

    /**
     * Ensemble mean and standard deviation for one batch of graphs with their molecule feature
     * rows ({@code null} when the members take none).
     */
    public Prediction predict(List<MolGraph> graphs, float[][] features) {
        int n = graphs.size();
        int t = taskCount();
        float[][] mean = new float[n][t];
        float[][] std = new float[n][t];
        if (n == 0) {
            return new Prediction(mean, std);
        }
        GraphBatch batch = GraphBatch.of(graphs);
        double[][] s = new double[n][t];
        double[][] s2 = new double[n][t];
        for (Dmpnn m : members) {
            float[][] p = m.predict(batch, features);
            for (int i = 0; i < n; i++) {
                for (int k = 0; k < t; k++) {
                    s[i][k] += p[i][k];
                    s2[i][k] += (double) p[i][k] * p[i][k];
                }
            }
        }
        int e = members.size();
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < t; k++) {
                double mu = s[i][k] / e;
                mean[i][k] = (float) mu;
                std[i][k] = (float) Math.sqrt(Math.max(0, s2[i][k] / e - mu * mu));
            }
        }
        return new Prediction(mean, std);
    }

    /** Base name of member {@code i}'s files. */
    public static String memberName(int i) {
        return "gnn-" + i;
    }

    /** Package-relative files of all members, in member order. */
    public List<Path> files(Path dir) {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            out.addAll(Dmpnn.files(dir, memberName(i)));
        }
        return out;
    }

    /** Writes every member into {@code dir}. */
    public void save(Path dir) throws IOException {
        for (int i = 0; i < members.size(); i++) {
            members.get(i).save(dir, memberName(i));
        }
    }

    /** Reads {@code size} members written by {@link #save}. */
    public static GnnEnsemble load(Path dir, int size) throws IOException {
        List<Dmpnn> m = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            m.add(Dmpnn.load(dir, memberName(i)));
        }
        return new GnnEnsemble(m);
    }
}
