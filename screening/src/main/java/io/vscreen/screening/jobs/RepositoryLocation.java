package io.vscreen.screening.jobs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Where job executions and their checkpoints are recorded: a JDBC URL.
 *
 * <p>By default an embedded H2 database in the vscreen home directory ({@code ~/.vscreen}, or
 * {@code $VSCREEN_HOME}, or the {@code vscreen.home} system property). H2 runs in mixed mode
 * ({@code AUTO_SERVER}) so that several processes (two screens, or a screen and
 * {@code vscreen jobs}) share one repository; every commit is written at once
 * ({@code WRITE_DELAY=0}) so a checkpoint survives {@code kill -9}.
 *
 * @param jdbcUrl  the JDBC URL of the repository database
 * @param user     database user, may be empty
 * @param password database password, may be empty
 */
public record RepositoryLocation(String jdbcUrl, String user, String password) {

    /** Environment variable naming the vscreen home directory. */
    public static final String HOME_ENV = "VSCREEN_HOME";
    /** System property naming the vscreen home directory (wins over the environment). */
    public static final String HOME_PROPERTY = "vscreen.home";

    private static final String H2_OPTIONS = ";AUTO_SERVER=TRUE;AUTO_RECONNECT=TRUE;DB_CLOSE_DELAY=-1;WRITE_DELAY=0";

    public RepositoryLocation {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        if (!jdbcUrl.startsWith("jdbc:")) {
            throw new IllegalArgumentException("not a JDBC URL: " + jdbcUrl);
        }
        user = user == null ? "" : user;
        password = password == null ? "" : password;
    }

    /** The embedded H2 repository inside the given vscreen home directory. */
    public static RepositoryLocation inHome(Path home) {
        Path db = home.toAbsolutePath().normalize().resolve("jobs");
        return new RepositoryLocation("jdbc:h2:file:" + db + H2_OPTIONS, "", "");
    }

    /**
     * Resolves the {@code --repository} option: a JDBC URL is used as given, a directory becomes
     * the embedded H2 repository in it, and {@code null} means the default vscreen home.
     */
    public static RepositoryLocation resolve(String option) {
        if (option == null || option.isBlank()) {
            return inHome(defaultHome(System.getenv()));
        }
        if (option.startsWith("jdbc:")) {
            return new RepositoryLocation(option, "", "");
        }
        return inHome(Path.of(option));
    }

    /** The vscreen home: system property, then {@code $VSCREEN_HOME}, then {@code ~/.vscreen}. */
    public static Path defaultHome(Map<String, String> environment) {
        String property = System.getProperty(HOME_PROPERTY);
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        String env = environment.get(HOME_ENV);
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        return Path.of(System.getProperty("user.home"), ".vscreen");
    }

    /** Creates the directory of an embedded file database, if this is one. */
    void prepare() throws java.io.IOException {
        String prefix = "jdbc:h2:file:";
        if (jdbcUrl.startsWith(prefix)) {
            int end = jdbcUrl.indexOf(';');
            Path file = Path.of(jdbcUrl.substring(prefix.length(), end < 0 ? jdbcUrl.length() : end));
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
        }
    }

    @Override
    public String toString() {
        return jdbcUrl;
    }
}
