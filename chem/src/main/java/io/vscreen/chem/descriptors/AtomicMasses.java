package io.vscreen.chem.descriptors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.openscience.cdk.config.Isotopes;
import org.openscience.cdk.interfaces.IIsotope;

/**
 * Element masses: the standard atomic weight (for average molecular weight) and the mass of the
 * most abundant isotope (for monoisotopic mass), from {@code atomic-masses.tsv} (RDKit's periodic
 * table, IUPAC values), and isotope masses from CDK's isotope table for labelled atoms.
 * Immutable; safe to share.
 */
public final class AtomicMasses {
    /** Mass of the electron in unified atomic mass units, subtracted per positive charge. */
    static final double ELECTRON = 0.00054857990946;

    private static final double[] AVERAGE = new double[119];
    private static final double[] MONOISOTOPIC = new double[119];

    static {
        try (InputStream in = AtomicMasses.class.getResourceAsStream("atomic-masses.tsv")) {
            if (in == null) {
                throw new IllegalStateException("atomic-masses.tsv missing from the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                int z = Integer.parseInt(f[0]);
                AVERAGE[z] = Double.parseDouble(f[2]);
                MONOISOTOPIC[z] = Double.parseDouble(f[3]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private AtomicMasses() {
    }

    /** Standard atomic weight of element {@code z} (IUPAC; for elements without a natural abundance, the longest-lived isotope's mass number); 0 when unknown. */
    public static double average(int z) {
        return z > 0 && z < AVERAGE.length ? AVERAGE[z] : 0;
    }

    static double monoisotopic(int z) {
        return z > 0 && z < MONOISOTOPIC.length ? MONOISOTOPIC[z] : 0;
    }

    /** Exact mass of one isotope; falls back to the most abundant isotope when it is unknown. */
    static double isotope(int z, int massNumber) {
        try {
            IIsotope iso = Isotopes.getInstance().getIsotope(elementSymbol(z), massNumber);
            if (iso != null && iso.getExactMass() != null) {
                return iso.getExactMass();
            }
        } catch (IOException e) {
            // fall through to the most abundant isotope
        }
        return monoisotopic(z);
    }

    private static String elementSymbol(int z) {
        return org.openscience.cdk.config.Elements.ofNumber(z).symbol();
    }
}
