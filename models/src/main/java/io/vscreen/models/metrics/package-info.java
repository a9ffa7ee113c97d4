/**
 * Evaluation metrics for virtual screening and property models: ROC-AUC, PR-AUC (average
 * precision), enrichment factors, BEDROC and Brier score for classification; RMSE, MAE and R²
 * for regression. Missing labels ({@code NaN}) are skipped.
 */
package io.vscreen.models.metrics;
