package io.vscreen.models.pkg;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import io.vscreen.models.ModelException;

/**
 * Finds model packages by name along a search path: the bundled zoo ({@code models/zoo} under
 * the application home), then {@code ~/.vscreen/models}, then any extra directories. The first
 * package with a name wins; later ones of the same name are listed as shadowed. A package is a
 * directory holding {@code model.json}, or a {@code .zip} of one.
 */
public final class ModelRegistry {

    /** A package found on the search path, described by its manifest. */
    public record Entry(String name, Path location, Manifest manifest, boolean shadowed) {
    }

    /** A path that could not be read as a package, and why. */
    public record Problem(Path location, String reason) {
    }

    private final List<Path> searchPath;

    public ModelRegistry(List<Path> searchPath) {
        this.searchPath = List.copyOf(searchPath);
    }

    /** The standard search path plus {@code extraDirs} (which may be empty). */
    public static ModelRegistry standard(List<Path> extraDirs) {
        List<Path> path = new ArrayList<>();
        bundledZoo().ifPresent(path::add);
        path.add(userModels());
        path.addAll(extraDirs);
        return new ModelRegistry(path);
    }

    /** The user's own model packages, {@code ~/.vscreen/models}: searched after the zoo, and where imports go. */
    public static Path userModels() {
        return Path.of(System.getProperty("user.home"), ".vscreen", "models");
    }

    /**
     * The bundled zoo: {@code $vscreen.home/models/zoo} when the system property is set, otherwise
     * the first {@code models/zoo} found walking up from the code's location (the built jar or
     * classes directory), then from the working directory.
     */
    public static Optional<Path> bundledZoo() {
        String home = System.getProperty("vscreen.home");
        if (home != null && !home.isBlank()) {
            Path zoo = Path.of(home, "models", "zoo");
            return Files.isDirectory(zoo) ? Optional.of(zoo) : Optional.empty();
        }
        List<Path> starts = new ArrayList<>();
        try {
            CodeSource cs = ModelRegistry.class.getProtectionDomain().getCodeSource();
            if (cs != null && cs.getLocation() != null) {
                starts.add(Path.of(cs.getLocation().toURI()).toAbsolutePath());
            }
        } catch (URISyntaxException | RuntimeException e) {
            // no usable code location: fall back to the working directory
        }
        starts.add(Path.of("").toAbsolutePath());
        for (Path start : starts) {
            for (Path p = start; p != null; p = p.getParent()) {
                Path zoo = p.resolve("models").resolve("zoo");
                if (Files.isDirectory(zoo)) {
                    return Optional.of(zoo);
                }
            }
        }
        return Optional.empty();
    }

    public List<Path> searchPath() {
        return searchPath;
    }

    /** Every package on the search path, in search order, with the paths that could not be read. */
    public List<Entry> list(List<Problem> problems) {
        List<Entry> entries = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Path dir : searchPath) {
            for (Path candidate : candidates(dir)) {
                try {
                    Manifest m = ModelPackage.readManifest(candidate);
                    entries.add(new Entry(m.name(), candidate, m, !seen.add(m.name())));
                } catch (ModelException e) {
                    problems.add(new Problem(candidate, e.getMessage()));
                }
            }
        }
        return entries;
    }

    /**
     * Loads a model by name (first on the search path), or by path to a package directory or zip.
     *
     * @throws ModelException when no such model exists (the message lists the search path) or it
     *     fails verification
     */
    public ModelPackage load(String nameOrPath) {
        Path direct = Path.of(nameOrPath);
        if (Files.exists(direct) && (Files.isRegularFile(direct) || Files.exists(direct.resolve(PackageFiles.MANIFEST)))) {
            return ModelPackage.load(direct);
        }
        for (Path dir : searchPath) {
            for (Path candidate : candidates(dir)) {
                String file = candidate.getFileName().toString();
                String stem = file.endsWith(".zip") ? file.substring(0, file.length() - 4) : file;
                Manifest m;
                try {
                    m = ModelPackage.readManifest(candidate);
                } catch (ModelException e) {
                    if (stem.equals(nameOrPath)) {
                        throw e;
                    }
                    continue;
                }
                if (m.name().equals(nameOrPath)) {
                    return ModelPackage.load(candidate);
                }
            }
        }
        throw new ModelException("no model named '" + nameOrPath + "' on the search path " + searchPath
                + " (vscreen models list shows the available ones)");
    }

    private static List<Path> candidates(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> (Files.isDirectory(p) && Files.exists(p.resolve(PackageFiles.MANIFEST)))
                            || (Files.isRegularFile(p) && p.getFileName().toString().endsWith(".zip")))
                    .sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
