package io.vscreen.models.pkg;

import java.util.Collections;
import java.util.List;

import io.vscreen.models.TaskType;
import io.vscreen.models.features.ModelInput;
import io.vscreen.models.nn.Mlp;

/**
 * The ensemble members of one head: the prediction of a task is the mean of the members'
 * outputs (probabilities, or values back in the task's units), the uncertainty their standard
 * deviation (population form, dividing by the member count). Immutable and thread-safe.
 */
public record HeadEnsemble(Manifest.Head head, List<Mlp> members) {

    public HeadEnsemble {
        members = List.copyOf(members);
        if (members.isEmpty()) {
            throw new IllegalArgumentException("head '" + head.name() + "' has no members");
        }
    }

    /** Number of tasks of this head. */
    public int tasks() {
        return head.tasks().size();
    }

    /** As {@link #predict(ModelInput, float[], float[], int)} for a bit fingerprint's on-bits. */
    public void predict(int[] onBits, float[] mean, float[] std, int offset) {
        predict(ModelInput.ofBits(onBits), mean, std, offset);
    }

    /**
     * Writes the mean and standard deviation of each task of this head for one molecule into
     * {@code mean[offset + t]} and {@code std[offset + t]}.
     */
    public void predict(ModelInput input, float[] mean, float[] std, int offset) {
        predict(Collections.singletonList(input), new float[][] {mean}, new float[][] {std}, offset);
    }

    /**
     * As {@link #predict(ModelInput, float[], float[], int)} for a batch: row {@code i} of
     * {@code mean} and {@code std} receives molecule {@code i}'s values; null inputs are skipped.
     * Each member scores the whole batch at once ({@link Mlp#predict(List)}).
     */
    public void predict(List<ModelInput> inputs, float[][] mean, float[][] std, int offset) {
        int nt = tasks();
        int batch = inputs.size();
        double[][] sum = new double[batch][nt];
        double[][] sumSq = new double[batch][nt];
        boolean regression = head.type() == TaskType.REGRESSION;
        for (Mlp m : members) {
            float[][] outs = m.predict(inputs);
            for (int b = 0; b < batch; b++) {
                float[] out = outs[b];
                if (out == null) {
                    continue;
                }
                for (int t = 0; t < nt; t++) {
                    double v = regression ? out[t] * head.targetStd()[t] + head.targetMean()[t] : out[t];
                    sum[b][t] += v;
                    sumSq[b][t] += v * v;
                }
            }
        }
        int n = members.size();
        for (int b = 0; b < batch; b++) {
            if (inputs.get(b) == null) {
                continue;
            }
            for (int t = 0; t < nt; t++) {
                double mu = sum[b][t] / n;
                double var = Math.max(0, sumSq[b][t] / n - mu * mu);
                mean[b][offset + t] = (float) mu;
                std[b][offset + t] = (float) Math.sqrt(var);
            }
        }
    }
}
