/**
 * Multitask multilayer perceptrons on fingerprint bits: training on DL4J (masked loss for missing
 * labels, positive-class weighting, dropout, early stopping on the validation metric), compact
 * weight storage (bfloat16), and a plain-Java inference pass that exploits sparse binary inputs.
 */
package io.vscreen.models.nn;
