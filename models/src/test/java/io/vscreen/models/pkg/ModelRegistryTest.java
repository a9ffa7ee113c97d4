package io.vscreen.models.pkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.vscreen.models.ModelException;

/** The registry searches its path in order and names what it cannot find or read. */
class ModelRegistryTest {
    @TempDir
    Path tmp;

    @Test
    void firstPackageOfANameWinsAndLaterOnesAreShadowed() throws Exception {
        Path zoo = tmp.resolve("zoo");
        Path user = tmp.resolve("user");
        TestPackages.write(zoo.resolve("alpha"), "alpha");
        TestPackages.write(user.resolve("alpha-copy"), "alpha");
        TestPackages.write(user.resolve("beta"), "beta");
        Files.createDirectories(user.resolve("broken"));
        Files.writeString(user.resolve("broken/model.json"), "not json");
        ModelRegistry r = new ModelRegistry(List.of(zoo, tmp.resolve("absent"), user));
        List<ModelRegistry.Problem> problems = new ArrayList<>();
        List<ModelRegistry.Entry> entries = r.list(problems);
        assertEquals(List.of("alpha", "alpha", "beta"), entries.stream().map(ModelRegistry.Entry::name).toList());
        assertEquals(List.of(false, true, false), entries.stream().map(ModelRegistry.Entry::shadowed).toList());
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).location().endsWith("broken"));
        assertEquals(zoo.resolve("alpha"), r.load("alpha").location());
        assertEquals(user.resolve("beta"), r.load("beta").location());
        assertEquals(user.resolve("beta"), r.load(user.resolve("beta").toString()).location());
        ModelException e = assertThrows(ModelException.class, () -> r.load("gamma"));
        assertTrue(e.getMessage().contains("no model named 'gamma'"), e.getMessage());
    }

    @Test
    void bundledZooFollowsTheApplicationHome() throws Exception {
        Files.createDirectories(tmp.resolve("models/zoo"));
        String before = System.getProperty("vscreen.home");
        try {
            System.setProperty("vscreen.home", tmp.toString());
            assertEquals(tmp.resolve("models/zoo"), ModelRegistry.bundledZoo().orElseThrow());
        } finally {
            if (before == null) {
                System.clearProperty("vscreen.home");
            } else {
                System.setProperty("vscreen.home", before);
            }
        }
    }
}
