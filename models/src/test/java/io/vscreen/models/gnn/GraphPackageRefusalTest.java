package io.vscreen.models.gnn;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.vscreen.models.ModelException;
import io.vscreen.models.pkg.ModelPackage;

/**
 * A graph package whose manifest no longer matches its networks is refused with the reason: the
 * bundled tox21-gnn networks take the 16 standard descriptors, so a manifest without them cannot
 * score with them.
 */
class GraphPackageRefusalTest {

    @Test
    void aManifestWithoutTheDescriptorsTheNetworksTakeIsRefused(@TempDir Path tmp) throws Exception {
        Path zoo = Path.of(System.getProperty("user.dir")).resolve("zoo").resolve("tox21-gnn");
        Path copy = tmp.resolve("tox21-gnn");
        try (Stream<Path> files = Files.walk(zoo)) {
            for (Path p : files.toList()) {
                Path to = copy.resolve(zoo.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        ModelPackage.load(copy); // loads as shipped
        ObjectMapper json = new ObjectMapper();
        ObjectNode manifest = (ObjectNode) json.readTree(copy.resolve("model.json").toFile());
        ((ObjectNode) manifest.get("featurizer")).remove("descriptors");
        json.writeValue(copy.resolve("model.json").toFile(), manifest);
        ModelException e = assertThrows(ModelException.class, () -> ModelPackage.load(copy));
        assertTrue(e.getMessage().contains("take 16 molecule features, the featurizer gives 0 descriptors"), e.getMessage());
        assertTrue(e.getMessage().contains("tox21-gnn"), e.getMessage());
    }
}
