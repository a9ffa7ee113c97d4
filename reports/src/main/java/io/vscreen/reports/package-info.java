/**
 * Ranking, diversity selection and the outputs of a screen: {@code ranked.csv}, {@code top.sdf},
 * {@code report.html} and {@code summary.json}. This package holds the input model the screening
 * job fills: {@link io.vscreen.reports.Candidate} (one scored compound),
 * {@link io.vscreen.reports.Score} and {@link io.vscreen.reports.ScoreColumn}.
 */
package io.vscreen.reports;
