package io.vscreen.models.gnn;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.openscience.cdk.interfaces.IAtomContainer;

import io.vscreen.chem.MoleculeParser;
import io.vscreen.chem.StructureException;
import io.vscreen.chem.standardize.Standardizer;
import io.vscreen.chem.standardize.StandardizerOptions;
import io.vscreen.models.ScoreBatch;
import io.vscreen.models.pkg.Manifest;
import io.vscreen.models.pkg.ModelPackage;

/**
 * Rewrites the graph networks of a package directory in the current network format
 * ({@link Dmpnn#FORMAT}): each {@code .sd} graph of format 2 or 3 becomes a {@code .dmpnn} file of
 * its variables ({@link Dmpnn#upgraded()}), about half the size, since the graph's constants are no
 * longer stored. The weights do not change: the package must score a set of drugs exactly as
 * before, or nothing is written. Works on graph packages and consensus packages alike; other heads
 * and files are left as they are.
 *
 * <p>{@code main(dir...)} upgrades each directory and prints the sizes.
 */
public final class NetworkUpgrade {

    /** Drugs every upgraded package must score exactly as before. */
    static final List<String> CHECK = List.of(
            "CC(=O)Oc1ccccc1C(=O)O",                          // aspirin
            "Cc1ccnc2N(C3CC3)c3ncccc3C(=O)Nc12",              // nevirapine
            "Cc1cn([C@H]2C[C@@H]([C@@H](CO)O2)N=[N+]=[N-])c(=O)[nH]c1=O", // zidovudine
            "CN1C=NC2=C1C(=O)N(C(=O)N2C)C");                 // caffeine

    private NetworkUpgrade() {
    }

    /**
     * Upgrades the package at {@code dir} in place.
     *
     * @return the number of networks rewritten (0 when all were current)
     * @throws IOException when the package cannot be read or written, or the upgraded package does
     *                     not score as before (then the directory is left as it was)
     */
    public static int upgrade(Path dir) throws IOException {
        ModelPackage before = ModelPackage.load(dir);
        Manifest m = before.manifest();
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String f : m.files().keySet()) {
            files.put(f, Files.readAllBytes(dir.resolve(f)));
        }
        Map<String, String> renamed = new LinkedHashMap<>();
        for (Manifest.Head h : m.heads()) {
            if (!GraphModel.ARCHITECTURE.equals(h.architecture())) {
                continue;
            }
            for (String file : h.members()) {
                if (renamed.containsKey(file)) {
                    continue;
                }
                String spec = GraphModel.specFile(file);
                Dmpnn old = Dmpnn.fromBytes(files.get(file), files.get(spec), dir + ": " + file);
                if (old.spec().format() == Dmpnn.FORMAT) {
                    renamed.put(file, file);
                    continue;
                }
                Dmpnn current = old.upgraded();
                String network = file.replaceFirst("\\.sd$", "") + Dmpnn.NETWORK_FILE;
                files.remove(file);
                files.put(network, current.networkBytes());
                files.put(spec, current.specBytes());
                renamed.put(file, network);
            }
        }
        List<String> stale = renamed.entrySet().stream().filter(e -> !e.getKey().equals(e.getValue()))
                .map(Map.Entry::getKey).toList();
        if (stale.isEmpty()) {
            return 0;
        }
        List<Manifest.Head> heads = new ArrayList<>();
        for (Manifest.Head h : m.heads()) {
            boolean graph = GraphModel.ARCHITECTURE.equals(h.architecture());
            heads.add(!graph ? h : new Manifest.Head(h.name(), h.type(), h.tasks(), h.architecture(), h.layers(),
                    h.hiddenActivation(), h.outputActivation(), h.targetMean(), h.targetStd(),
                    h.members().stream().map(renamed::get).toList(), GraphModel.WEIGHT_FORMAT));
        }
        Manifest upgraded = new Manifest(m.format(), m.name(), m.version(), m.role(), m.description(), m.tasks(),
                m.featurizer(), heads, m.ensembleSize(), m.applicabilityDomain(), m.validation(), m.provenance(), m.files());

        Path staging = Files.createTempDirectory(dir.toAbsolutePath().getParent(), dir.getFileName() + ".upgrade");
        try {
            ModelPackage.write(staging, upgraded, files);
            checkSameScores(before, ModelPackage.load(staging));
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                Files.write(dir.resolve(f.getKey()), f.getValue());
            }
            Files.copy(staging.resolve("model.json"), dir.resolve("model.json"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            for (String old : stale) {
                Files.delete(dir.resolve(old));
            }
        } finally {
            try (var walk = Files.walk(staging)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        ModelPackage.load(dir);
        return stale.size();
    }

    private static void checkSameScores(ModelPackage before, ModelPackage after) throws IOException {
        MoleculeParser parser = new MoleculeParser();
        Standardizer standardizer = new Standardizer(StandardizerOptions.DEFAULTS.withInchiKey(false));
        List<IAtomContainer> drugs = new ArrayList<>();
        try {
            for (String s : CHECK) {
                drugs.add(standardizer.standardize(parser.parseSmiles(s)).molecule());
            }
        } catch (StructureException e) {
            throw new IllegalStateException(e);
        }
        ScoreBatch a = before.score(drugs);
        ScoreBatch b = after.score(drugs);
        for (int i = 0; i < drugs.size(); i++) {
            if (!java.util.Arrays.equals(a.mean()[i], b.mean()[i]) || !java.util.Arrays.equals(a.std()[i], b.std()[i])) {
                throw new IOException(before.location() + ": the upgraded networks score " + CHECK.get(i) + " as "
                        + java.util.Arrays.toString(b.mean()[i]) + ", not " + java.util.Arrays.toString(a.mean()[i])
                        + "; nothing written");
            }
        }
    }

    /** Arguments: package directories. */
    public static void main(String[] args) throws IOException {
        for (String a : args) {
            Path dir = Path.of(a);
            long before = size(dir);
            int n = upgrade(dir);
            System.out.printf("%s: %d networks rewritten in format %d, %d -> %d bytes%n", dir, n, Dmpnn.FORMAT, before,
                    size(dir));
        }
    }

    private static long size(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            long total = 0;
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                total += Files.size(p);
            }
            return total;
        }
    }
}
