package io.vscreen.models.data;

/** Row indices of the training, validation and test sets of one data set. */
public record Split(String method, long seed, int[] train, int[] valid, int[] test) {

    /** One line naming the method and the set sizes, as training logs it. */
    public String summary() {
        return String.format("%s split: %d train, %d validation, %d test", method, train.length, valid.length, test.length);
    }
}
