/**
 * The machine-readable outputs of a screen: {@code ranked.csv} (every compound, RFC 4180, stable
 * columns), {@code top.sdf} (the selection with 2D coordinates and every column as SD data) and
 * {@code summary.json} (counts, timings, models, parameters and every file's SHA-256).
 */
package io.vscreen.reports.output;
