/**
 * Diversity of the selected top N: sphere exclusion and MaxMin on fingerprint similarity, a
 * per-scaffold limit, and cluster ids around the selected compounds. Independent of how
 * similarity is computed ({@link io.vscreen.reports.diversity.CompoundSpace}).
 */
package io.vscreen.reports.diversity;
