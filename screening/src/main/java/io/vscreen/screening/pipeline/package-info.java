/**
 * Preparing a whole library outside the batch runtime: records are read on one thread, parsed and
 * prepared on a pool of workers (each with its own CDK objects) and handed on in input order.
 * Used by the {@code describe} and {@code predict} commands.
 */
package io.vscreen.screening.pipeline;
