package io.vscreen.models.features;

import io.vscreen.models.ModelException;

/** A featurizer spec this build cannot reproduce (unknown kind or different version). */
public class IncompatibleFeaturizerException extends ModelException {
    private static final long serialVersionUID = 1L;

    public IncompatibleFeaturizerException(String message) {
        super(message);
    }
}
