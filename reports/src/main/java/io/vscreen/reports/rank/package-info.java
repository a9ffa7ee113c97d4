/**
 * Ranking of a screen: desirability functions per score, the composite score (weighted geometric
 * mean of desirabilities, penalised for uncertainty and low applicability-domain similarity),
 * Pareto fronts, hard filters and the {@link io.vscreen.reports.rank.RankingConfig} that
 * configures them. Works on the compact {@link io.vscreen.reports.rank.RankTable} so that
 * millions of compounds can be ranked in memory.
 */
package io.vscreen.reports.rank;
