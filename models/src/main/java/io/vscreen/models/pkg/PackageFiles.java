package io.vscreen.models.pkg;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import io.vscreen.models.ModelException;

/**
 * The files of a package read into memory, from a directory or a zip (whose entries may sit in
 * one top-level folder). Keys are package-relative paths with {@code /} separators.
 */
final class PackageFiles {
    static final String MANIFEST = "model.json";

    private PackageFiles() {
    }

    static Map<String, byte[]> read(Path location) {
        if (!Files.exists(location)) {
            throw new ModelException("model package " + location + " does not exist");
        }
        try {
            return Files.isDirectory(location) ? readDirectory(location) : readZip(location);
        } catch (IOException e) {
            throw new ModelException("model package " + location + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static Map<String, byte[]> readDirectory(Path dir) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile).sorted()::iterator) {
                files.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return files;
    }

    private static Map<String, byte[]> readZip(Path zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            ZipEntry e;
            while ((e = z.getNextEntry()) != null) {
                if (!e.isDirectory()) {
                    files.put(e.getName(), z.readAllBytes());
                }
            }
        } catch (java.util.zip.ZipException e) {
            throw new IOException("not a readable zip (" + e.getMessage() + ")", e);
        }
        if (files.isEmpty()) {
            throw new IOException("not a zip archive, or an empty one");
        }
        if (!files.containsKey(MANIFEST)) {
            // a zip of the package directory itself: strip the single top-level folder
            String prefix = null;
            for (String name : files.keySet()) {
                if (name.endsWith("/" + MANIFEST) && name.indexOf('/') == name.length() - MANIFEST.length() - 1) {
                    prefix = name.substring(0, name.length() - MANIFEST.length());
                }
            }
            if (prefix != null) {
                Map<String, byte[]> stripped = new LinkedHashMap<>();
                for (Map.Entry<String, byte[]> f : files.entrySet()) {
                    if (f.getKey().startsWith(prefix)) {
                        stripped.put(f.getKey().substring(prefix.length()), f.getValue());
                    }
                }
                return stripped;
            }
        }
        return files;
    }
}
