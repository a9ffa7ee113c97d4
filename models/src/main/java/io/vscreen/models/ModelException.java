package io.vscreen.models;

/** A model package that cannot be used: missing, corrupt, truncated or incompatible. */
public class ModelException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ModelException(String message) {
        super(message);
    }

    public ModelException(String message, Throwable cause) {
        super(message, cause);
    }
}
