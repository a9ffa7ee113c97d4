/**
 * Benchmarks of the screening steps (a {@code main()} each, printing compounds/s and memory), and
 * the synthetic screens they run on.
 */
package io.vscreen.screening.benchmarks;
