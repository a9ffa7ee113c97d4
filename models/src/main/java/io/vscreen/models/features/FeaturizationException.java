package io.vscreen.models.features;

/** A molecule whose features cannot be computed; the message says why. */
public class FeaturizationException extends Exception {
    private static final long serialVersionUID = 1L;

    public FeaturizationException(String message, Throwable cause) {
        super(message, cause);
    }
}
