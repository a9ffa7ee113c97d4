package io.vscreen.screening.jobs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where job executions and their checkpoints are recorded: a JDBC URL.
 *
 * <p>By default an embedded H2 database in the vscreen home directory ({@code ~/.vscreen}, or
 * {@code $VSCREEN_HOME}, or the {@code vscreen.home} system property). H2 runs in mixed mode
 * ({@code AUTO_SERVER}) so that several processes (two screens, or a screen and
 * {@code vscreen jobs}) share one repository; every commit is written at once
 * ({@code WRITE_DELAY=0}) so a checkpoint survives {@code kill -9}.
 *
 * <p>Any other JDBC database can hold the repository instead, PostgreSQL among them (its driver is
 * bundled): {@code --repository jdbc:postgresql://HOST:PORT/DB}, or the same URL in
 * {@code $VSCREEN_REPOSITORY}. Credentials go in the URL ({@code ?user=...&password=...}) or, to
 * keep the password off the command line, in {@code $VSCREEN_REPOSITORY_USER} and
 * {@code $VSCREEN_REPOSITORY_PASSWORD}. JBeret creates its tables on first use.
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

    /** Environment variable holding the repository (a directory or a JDBC URL) when no option gives one. */
    public static final String REPOSITORY_ENV = "VSCREEN_REPOSITORY";
    /** Environment variable holding the database user of a JDBC repository. */
    public static final String USER_ENV = "VSCREEN_REPOSITORY_USER";
    /** Environment variable holding the database password of a JDBC repository. */
    public static final String PASSWORD_ENV = "VSCREEN_REPOSITORY_PASSWORD";

    private static final Pattern URL_PASSWORD = Pattern.compile("(?i)([?&;]password=)[^&;]*");

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
     * Resolves the {@code --repository} option against the process environment; see
     * {@link #resolve(String, Map)}.
     */
    public static RepositoryLocation resolve(String option) {
        return resolve(option, System.getenv());
    }

    /**
     * Resolves the {@code --repository} option: a JDBC URL is used as given, a directory becomes
     * the embedded H2 repository in it; without the option {@code $VSCREEN_REPOSITORY} is read the
     * same way, and without either the repository is in the default vscreen home. A JDBC URL takes
     * its user and password from {@code $VSCREEN_REPOSITORY_USER} and
     * {@code $VSCREEN_REPOSITORY_PASSWORD} when they are set (credentials written in the URL win).
     */
    public static RepositoryLocation resolve(String option, Map<String, String> environment) {
        String given = option == null || option.isBlank() ? environment.get(REPOSITORY_ENV) : option.trim();
        if (given == null || given.isBlank()) {
            return inHome(defaultHome(environment));
        }
        if (given.startsWith("jdbc:")) {
            return new RepositoryLocation(given, environment.get(USER_ENV), environment.get(PASSWORD_ENV));
        }
        return inHome(Path.of(given));
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

    /** The JDBC URL with any password written in it masked, for messages and listings. */
    @Override
    public String toString() {
        return URL_PASSWORD.matcher(jdbcUrl).replaceAll("$1***");
    }
}
