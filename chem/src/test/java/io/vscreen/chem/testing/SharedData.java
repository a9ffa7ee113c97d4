package io.vscreen.chem.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the public data sets ({@code ../shared/data} beside the repository, or the
 * {@code vscreen.data} system property). Tests that need a file call {@link #file(String)},
 * which skips the test with a clear message when the data are absent.
 */
public final class SharedData {
    private SharedData() {
    }

    /** The data directory, whether or not it exists. */
    public static Path dir() {
        String prop = System.getProperty("vscreen.data");
        if (prop != null && !prop.isBlank()) {
            return Path.of(prop);
        }
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            Path candidate = p.resolveSibling("shared").resolve("data");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return here.resolveSibling("shared").resolve("data");
    }

    /** A data file relative to the data directory, e.g. {@code moleculenet/tox21.csv}; skips if missing. */
    public static Path file(String relative) {
        Path p = dir().resolve(relative);
        assumeTrue(Files.isReadable(p), () -> "skipped: shared data file " + p
                + " is absent (place the public data sets in ../shared/data beside the repository)");
        return p;
    }
}
