package io.vscreen.models.similarity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.vscreen.chem.MoleculeParser;
import io.vscreen.chem.StructureException;
import io.vscreen.models.ModelException;
import io.vscreen.models.Role;
import io.vscreen.models.Task;
import io.vscreen.models.TaskType;
import io.vscreen.models.ad.ApplicabilityDomain;
import io.vscreen.models.features.FeaturizationException;
import io.vscreen.models.features.Featurizer;
import io.vscreen.models.features.FeaturizerSpec;
import io.vscreen.models.pkg.Json;
import io.vscreen.models.pkg.Manifest;
import io.vscreen.models.pkg.ModelPackage;
import io.vscreen.models.pkg.Sha256;

/**
 * Writes a similarity-to-known-actives package from a SMILES file of actives: one regression
 * task in Tanimoto units scored by {@link SimilarityScorer}, the actives' fingerprints as the
 * applicability domain (so {@code ad_similarity} is the similarity to the nearest active).
 * Lines that do not parse are left out and reported; the rest are kept.
 */
public final class SimilarityPackageWriter {
    static final String ACTIVES = "actives.smi";
    static final String DOMAIN = "domain/actives-fingerprints.bin.gz";

    /**
     * What to build.
     *
     * @param task the task (column) name, e.g. {@code bace_similarity}
     * @param topK how many nearest actives are averaged
     * @param command the command line, recorded in the manifest
     */
    public record Request(String name, String version, Role role, String task, FeaturizerSpec featurizer, int topK,
                          String description, String command) {
        public Request {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(task, "task");
            Objects.requireNonNull(featurizer, "featurizer");
            if (topK < 1) {
                throw new IllegalArgumentException("top-k must be at least 1: " + topK);
            }
            version = version == null ? "0.1.0" : version;
        }
    }

    /** The written package's manifest, how many actives it holds, and the lines left out (with the reason). */
    public record Result(Manifest manifest, int actives, List<String> rejected) {
    }

    private SimilarityPackageWriter() {
    }

    /** Reads {@code activesFile} ({@code SMILES [name]} per line) and writes the package to {@code dir}. */
    public static Result write(Path activesFile, Path dir, Request request) throws IOException {
        byte[] source = Files.readAllBytes(activesFile);
        List<String> lines = new String(source, StandardCharsets.UTF_8).lines().toList();
        Featurizer featurizer = Featurizer.create(request.featurizer());
        MoleculeParser parser = new MoleculeParser();
        List<int[]> bits = new ArrayList<>();
        StringBuilder kept = new StringBuilder();
        List<String> rejected = new ArrayList<>();
        int rows = 0;
        for (int n = 1; n <= lines.size(); n++) {
            ActiveCompound a = ActiveCompound.parseLine(lines.get(n - 1));
            if (a == null) {
                continue;
            }
            rows++;
            try {
                bits.add(featurizer.onBits(parser.parseSmiles(a.smiles())));
                kept.append(a.toLine()).append('\n');
            } catch (StructureException e) {
                rejected.add(activesFile.getFileName() + " line " + n + " (" + a.label() + "): " + e.reason());
            } catch (FeaturizationException e) {
                rejected.add(activesFile.getFileName() + " line " + n + " (" + a.label() + "): " + e.getMessage());
            }
        }
        if (bits.isEmpty()) {
            throw new ModelException(activesFile + " holds no usable actives" + (rejected.isEmpty() ? "" : ": " + rejected));
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(SimilaritySettings.FILE, Json.mapper().writeValueAsBytes(new SimilaritySettings(request.topK(), ACTIVES)));
        files.put(ACTIVES, kept.toString().getBytes(StandardCharsets.UTF_8));
        files.put(DOMAIN, ApplicabilityDomain.of(bits, request.featurizer().size()).toBytes());
        Task task = new Task(request.task(), TaskType.REGRESSION, "tanimoto");
        Manifest.Head head = new Manifest.Head("similarity", TaskType.REGRESSION, List.of(task.name()),
                SimilarityProvider.ARCHITECTURE, null, null, null, new double[] {0}, new double[] {1},
                List.of(SimilaritySettings.FILE, ACTIVES), "smiles");
        Map<String, Object> method = new LinkedHashMap<>();
        method.put("method", request.topK() == 1 ? "Tanimoto similarity to the nearest active"
                : "mean Tanimoto similarity to the " + request.topK() + " nearest actives");
        method.put("topK", request.topK());
        Map<String, String> libraries = new LinkedHashMap<>();
        libraries.put("java", System.getProperty("java.version"));
        libraries.put("featurizer", request.featurizer().version());
        String description = request.description() != null ? request.description()
                : "similarity to " + bits.size() + " known actives from " + activesFile.getFileName();
        Manifest m = new Manifest(Manifest.FORMAT, request.name(), request.version(), request.role(), description,
                List.of(task), request.featurizer(), List.of(head), 1, DOMAIN,
                new Manifest.Validation("none", 0, bits.size(), 0, 0, Map.of(), request.command()),
                new Manifest.Provenance(activesFile.getFileName().toString(), Sha256.hex(source), rows, bits.size(),
                        rejected.size(), method, List.of(), Map.of(), libraries, Instant.now().toString()),
                Map.of());
        return new Result(ModelPackage.write(dir, m, files), bits.size(), List.copyOf(rejected));
    }
}
