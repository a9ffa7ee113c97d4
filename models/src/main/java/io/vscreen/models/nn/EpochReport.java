package io.vscreen.models.nn;

/**
 * Progress of one training epoch: mean training loss and the validation metric
 * ({@code metricName}, e.g. mean ROC-AUC or RMSE), and whether it is the best epoch so far.
 */
public record EpochReport(int member, int epoch, double loss, String metricName, double metric, boolean best) {
}
