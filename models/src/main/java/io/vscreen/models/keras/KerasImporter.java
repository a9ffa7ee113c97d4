package io.vscreen.models.keras;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.deeplearning4j.nn.modelimport.keras.KerasModelImport;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;

import io.vscreen.chem.MoleculeParser;
import io.vscreen.chem.StructureException;
import io.vscreen.models.ModelException;
import io.vscreen.models.Task;
import io.vscreen.models.TaskType;
import io.vscreen.models.ad.ApplicabilityDomain;
import io.vscreen.models.features.FeaturizationException;
import io.vscreen.models.features.Featurizer;
import io.vscreen.models.pkg.Manifest;
import io.vscreen.models.pkg.ModelPackage;

/**
 * Turns a Keras Sequential model saved as HDF5 into a vscreen model package, through DL4J's Keras
 * import. The package holds the network in DL4J's format (a {@code keras-import} head, opened by
 * {@link KerasNetworkProvider}), the applicability-domain fingerprints, and a manifest recording
 * the source file's name and sha256 and the Keras version and backend that saved it.
 *
 * <p>Refuses, naming the file: a file that is not HDF5 or not a Keras model, a model DL4J cannot
 * import, a network whose input width differs from the featurizer's size or whose output width
 * differs from the number of tasks.
 */
public final class KerasImporter {
    static final String NETWORK = "network/keras-import.dl4j.zip";
    static final String DOMAIN = "domain/training-fingerprints.bin.gz";

    private final Consumer<String> log;

    /** @param log receives progress and warning lines (e.g. the domain compounds left out) */
    public KerasImporter(Consumer<String> log) {
        this.log = log;
    }

    /** Imports {@code request.model()} and writes the package to {@code dir}; returns the written manifest. */
    public Manifest importModel(KerasImportRequest request, Path dir) throws IOException {
        Path file = request.model();
        KerasFile source = KerasFile.inspect(file);
        Featurizer featurizer = Featurizer.create(request.featurizer());
        MultiLayerNetwork net = importNetwork(file);
        List<Integer> widths = KerasNetworks.widths(net);
        List<String> activations = KerasNetworks.activations(net);
        if (widths.size() < 2) {
            throw new ModelException(file + ": the Keras model has no dense layers to import");
        }
        int inputs = widths.get(0);
        int outputs = widths.get(widths.size() - 1);
        if (inputs != request.featurizer().size()) {
            throw new ModelException(file + ": the network takes " + inputs + " inputs but the featurizer "
                    + request.featurizer().label() + " gives " + request.featurizer().size()
                    + " bits; give the fingerprint the network was trained on (--featurizer KIND:" + inputs + ")");
        }
        if (outputs != request.tasks().size()) {
            throw new ModelException(file + ": the network has " + outputs + " outputs but " + request.tasks().size()
                    + " tasks were given " + request.tasks().stream().map(Task::name).toList() + "; name one task per output");
        }
        TaskType type = request.tasks().get(0).type();
        String outputActivation = activations.isEmpty() ? "" : activations.get(activations.size() - 1);
        if (type == TaskType.CLASSIFICATION && !outputActivation.equals("sigmoid") && !outputActivation.equals("softmax")) {
            log.accept("warning: " + file.getFileName() + " ends in a '" + outputActivation + "' activation, so its outputs "
                    + "are not probabilities, yet the tasks are classifications");
        }
        ByteArrayOutputStream network = new ByteArrayOutputStream();
        ModelSerializer.writeModel(net, network, false);

        List<int[]> domainBits = request.domain() == null ? List.of() : domainFingerprints(request.domain(), featurizer);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(NETWORK, network.toByteArray());
        files.put(DOMAIN, ApplicabilityDomain.of(domainBits, request.featurizer().size()).toBytes());

        List<String> taskNames = request.tasks().stream().map(Task::name).toList();
        double[] zeros = new double[taskNames.size()];
        double[] ones = new double[taskNames.size()];
        java.util.Arrays.fill(ones, 1);
        Manifest.Head head = new Manifest.Head("keras", type, taskNames, KerasNetworkProvider.ARCHITECTURE, widths,
                activations.size() > 1 ? String.join(",", activations.subList(0, activations.size() - 1)) : "",
                outputActivation, zeros, ones, List.of(NETWORK), KerasNetworkProvider.WEIGHT_FORMAT);
        Map<String, Object> origin = new LinkedHashMap<>();
        origin.put("source", "keras");
        origin.put("kerasVersion", source.kerasVersion());
        origin.put("kerasBackend", source.backend());
        origin.put("kerasFile", file.getFileName().toString());
        origin.put("kerasFileSha256", source.sha256());
        origin.put("importer", "deeplearning4j-modelimport " + dl4jVersion());
        origin.put("domainFile", request.domain() == null ? "" : request.domain().getFileName().toString());
        origin.put("domainCompounds", domainBits.size());
        Map<String, String> libraries = new LinkedHashMap<>();
        libraries.put("java", System.getProperty("java.version"));
        libraries.put("dl4j", dl4jVersion());
        libraries.put("featurizer", request.featurizer().version());
        String description = !request.description().isBlank() ? request.description()
                : "Keras model " + file.getFileName() + " (Keras " + source.kerasVersion() + ", " + source.backend() + ")";
        Manifest m = new Manifest(Manifest.FORMAT, request.name(), request.version(), request.role(), description,
                request.tasks(), request.featurizer(), List.of(head), 1, DOMAIN,
                new Manifest.Validation("none (imported)", 0, 0, 0, 0, Map.of(), request.command()),
                new Manifest.Provenance(file.getFileName().toString(), source.sha256(), 0, 0, 0, origin, List.of(),
                        Map.of(), libraries, Instant.now().toString()),
                Map.of());
        Manifest written = ModelPackage.write(dir, m, files);
        ModelPackage.load(dir); // the package must load and pass its own checks before it is reported written
        return written;
    }

    private static MultiLayerNetwork importNetwork(Path file) {
        try {
            return KerasModelImport.importKerasSequentialModelAndWeights(file.toString(), false);
        } catch (Exception e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            if (why.contains("Sequential")) {
                why += " (only Keras Sequential models can be imported)";
            }
            throw new ModelException(file + " cannot be imported as a Keras Sequential model: " + why, e);
        }
    }

    private List<int[]> domainFingerprints(Path smiFile, Featurizer featurizer) throws IOException {
        List<int[]> bits = new ArrayList<>();
        MoleculeParser parser = new MoleculeParser();
        List<String> lines = Files.readAllLines(smiFile, StandardCharsets.UTF_8);
        int rejected = 0;
        for (int n = 1; n <= lines.size(); n++) {
            String l = lines.get(n - 1).strip();
            if (l.isEmpty() || l.startsWith("#") || (n == 1 && l.toLowerCase(java.util.Locale.ROOT).startsWith("smiles"))) {
                continue;
            }
            String smiles = l.split("\\s+", 2)[0];
            try {
                bits.add(featurizer.onBits(parser.parseSmiles(smiles)));
            } catch (StructureException e) {
                rejected++;
                log.accept("domain: " + smiFile.getFileName() + " line " + n + " left out: " + e.reason());
            } catch (FeaturizationException e) {
                rejected++;
                log.accept("domain: " + smiFile.getFileName() + " line " + n + " left out: " + e.getMessage());
            }
        }
        if (bits.isEmpty()) {
            throw new ModelException(smiFile + " holds no usable training compounds for the applicability domain");
        }
        log.accept("domain: " + bits.size() + " training compounds from " + smiFile.getFileName()
                + (rejected > 0 ? " (" + rejected + " left out)" : ""));
        return bits;
    }

    /** The DL4J Keras importer's version, from its jar's Maven metadata. */
    private static String dl4jVersion() {
        try (java.io.InputStream in = KerasModelImport.class.getResourceAsStream(
                "/META-INF/maven/org.deeplearning4j/deeplearning4j-modelimport/pom.properties")) {
            if (in != null) {
                java.util.Properties p = new java.util.Properties();
                p.load(in);
                return p.getProperty("version", "unknown");
            }
        } catch (IOException e) {
            // fall through: the version is only recorded, not needed
        }
        return "unknown";
    }
}
