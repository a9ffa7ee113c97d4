package io.vscreen.models.data;

/** Row indices of the training, validation and test sets of one data set. */
public record Split(String method, long seed, int[] train, int[] valid, int[] test) {
}
