package io.vscreen.models.metrics;

import java.util.LinkedHashMap;
import java.util.Map;

import io.vscreen.models.TaskType;

/**
 * The standard metric set for one task on one data set: for classification ROC-AUC, PR-AUC,
 * EF1%, EF5%, BEDROC(20) and Brier score; for regression RMSE, MAE and R². {@code n} counts the
 * compounds with a label, {@code positives} the actives (classification only).
 */
public record TaskMetrics(String task, TaskType type, int n, int positives, Map<String, Double> values) {

    public TaskMetrics {
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** The metric a model is judged by: ROC-AUC for classification, RMSE for regression. */
    public String headlineName() {
        return type == TaskType.CLASSIFICATION ? "roc_auc" : "rmse";
    }

    /** Value of the headline metric. */
    public double headline() {
        return values.getOrDefault(headlineName(), Double.NaN);
    }

    /** Computes the metric set of a task; labels {@code NaN} are skipped. */
    public static TaskMetrics compute(String task, TaskType type, double[] labels, double[] predictions) {
        Map<String, Double> v = new LinkedHashMap<>();
        int n = 0;
        int pos = 0;
        if (type == TaskType.CLASSIFICATION) {
            for (double l : labels) {
                if (Metrics.isBinary(l)) {
                    n++;
                    if (l == 1.0) {
                        pos++;
                    }
                }
            }
            v.put("roc_auc", Metrics.rocAuc(labels, predictions));
            v.put("pr_auc", Metrics.prAuc(labels, predictions));
            v.put("ef1", Metrics.enrichmentFactor(labels, predictions, 0.01));
            v.put("ef5", Metrics.enrichmentFactor(labels, predictions, 0.05));
            v.put("bedroc20", Metrics.bedroc(labels, predictions, 20));
            v.put("brier", Metrics.brier(labels, predictions));
        } else {
            for (double l : labels) {
                if (!Double.isNaN(l)) {
                    n++;
                }
            }
            v.put("rmse", Metrics.rmse(labels, predictions));
            v.put("mae", Metrics.mae(labels, predictions));
            v.put("r2", Metrics.r2(labels, predictions));
        }
        return new TaskMetrics(task, type, n, pos, v);
    }
}
