package io.vscreen.libraries;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A library file that cannot be read at all (missing, unreadable, unknown format, no SMILES
 * column, corrupt compression): one error naming the file, never per-record noise.
 */
public final class LibraryException extends IOException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;

    public LibraryException(Path file, String message) {
        super(file + ": " + message);
        this.file = file;
    }

    public LibraryException(Path file, String message, Throwable cause) {
        super(file + ": " + message, cause);
        this.file = file;
    }

    /** The library file concerned. */
    public Path file() {
        return file;
    }
}
