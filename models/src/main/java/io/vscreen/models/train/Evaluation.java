package io.vscreen.models.train;

import java.util.ArrayList;
import java.util.List;

import io.vscreen.models.ScoreBatch;
import io.vscreen.models.Task;
import io.vscreen.models.metrics.TaskMetrics;

/** Metrics of a model's scores against labels, one {@link TaskMetrics} per task. */
public final class Evaluation {
    private Evaluation() {
    }

    /**
     * @param labels {@code [molecule][task]} in the scorer's task order, {@code NaN} = missing
     */
    public static List<TaskMetrics> of(ScoreBatch scores, double[][] labels) {
        List<TaskMetrics> result = new ArrayList<>();
        List<Task> tasks = scores.tasks();
        for (int t = 0; t < tasks.size(); t++) {
            List<Double> y = new ArrayList<>();
            List<Double> p = new ArrayList<>();
            for (int i = 0; i < scores.size(); i++) {
                if (scores.scored(i) && !Double.isNaN(labels[i][t])) {
                    y.add(labels[i][t]);
                    p.add((double) scores.mean()[i][t]);
                }
            }
            result.add(TaskMetrics.compute(tasks.get(t).name(), tasks.get(t).type(),
                    y.stream().mapToDouble(Double::doubleValue).toArray(),
                    p.stream().mapToDouble(Double::doubleValue).toArray()));
        }
        return result;
    }
}
