/**
 * Where the full {@link io.vscreen.reports.Candidate} records wait while a screen is ranked: in
 * memory for small screens, spilled to a temporary file for large ones, read back by row in rank
 * order when the outputs are written.
 */
package io.vscreen.reports.store;
