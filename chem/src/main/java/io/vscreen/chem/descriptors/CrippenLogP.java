package io.vscreen.chem.descriptors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Wildman-Crippen logP (Wildman and Crippen, J. Chem. Inf. Comput. Sci. 1999, 39, 868): the sum
 * of atomic contributions of every heavy atom and every hydrogen, each typed by its environment.
 * This is the estimator behind RDKit's {@code MolLogP}, which most cheminformatics tools and QED
 * report; the contributions are read from {@code crippen-logp.tsv} and the types assigned by
 * {@link CrippenTyper}. Stateless and immutable once loaded; safe to share.
 */
final class CrippenLogP {
    private static final Map<String, Double> CONTRIBUTIONS = load();

    private CrippenLogP() {
    }

    static double logP(AtomTable t) {
        double sum = 0;
        for (int i = 0; i < t.n; i++) {
            String type = CrippenTyper.heavyType(t, i);
            if (type != null) {
                sum += CONTRIBUTIONS.get(type);
            }
            if (t.h[i] > 0) {
                sum += t.h[i] * CONTRIBUTIONS.get(CrippenTyper.hydrogenType(t, i));
            }
        }
        return sum;
    }

    /** The contribution of one type (for tests). */
    static double contribution(String type) {
        Double v = CONTRIBUTIONS.get(type);
        if (v == null) {
            throw new IllegalArgumentException("no Crippen type " + type);
        }
        return v;
    }

    private static Map<String, Double> load() {
        Map<String, Double> m = new HashMap<>();
        try (InputStream in = CrippenLogP.class.getResourceAsStream("crippen-logp.tsv")) {
            if (in == null) {
                throw new IllegalStateException("crippen-logp.tsv missing from the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                m.put(f[0], Double.parseDouble(f[1]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(m);
    }
}
