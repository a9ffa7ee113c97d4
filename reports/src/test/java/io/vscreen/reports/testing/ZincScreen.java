package io.vscreen.reports.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPInputStream;

import io.vscreen.chem.MoleculeParser;
import io.vscreen.chem.StructureException;
import io.vscreen.chem.fingerprints.Fingerprinter;
import io.vscreen.reports.Candidate;
import io.vscreen.reports.Descriptors;
import io.vscreen.reports.ScoreColumn;

/**
 * TEST FIXTURE: the first N ZINC250k SMILES as candidates with SYNTHETIC, seeded scores and
 * descriptors drawn from drug-like distributions (not computed from the structures), for size
 * and speed measurements. Fingerprints are computed with chem's ECFP4 only when asked.
 */
public final class ZincScreen {

    public static final ScoreColumn ACTIVE = ScoreColumn.efficacy("demo", "active");
    public static final ScoreColumn HERG = ScoreColumn.toxicity("demo", "herg");
    public static final ScoreColumn AMES = ScoreColumn.toxicity("demo", "ames");
    public static final List<ScoreColumn> COLUMNS = List.of(ACTIVE, HERG, AMES);

    private ZincScreen() {
    }

    public static List<String> smiles(Path zincGz, int n) throws IOException {
        List<String> out = new ArrayList<>(n);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(zincGz)), StandardCharsets.US_ASCII))) {
            String line;
            while (out.size() < n && (line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    out.add(line.strip());
                }
            }
        }
        return out;
    }

    /** Candidate for the i-th SMILES (record i + 1); {@code fingerprinter} may be null. */
    public static Candidate candidate(int i, String smiles, Random rnd, MoleculeParser parser, Fingerprinter fingerprinter)
            throws StructureException {
        double mw = clamp(330 + 60 * rnd.nextGaussian(), 120, 650);
        double logp = clamp(2.5 + 1.3 * rnd.nextGaussian(), -3, 7);
        double active = 1 / (1 + Math.exp(-(rnd.nextGaussian() * 1.6 - 1.5)));
        double herg = 1 / (1 + Math.exp(-(0.9 * (logp - 3.5) + 0.5 * rnd.nextGaussian())));
        double ames = rnd.nextDouble() < 0.15 ? 0.5 + 0.4 * rnd.nextDouble() : 0.05 + 0.2 * rnd.nextDouble();
        double ad = 0.15 + 0.7 * rnd.nextDouble();
        Candidate.Builder b = Candidate.builder(i + 1, "ZINC-" + (i + 1)).source("zinc.txt.gz").smiles(smiles)
                .descriptor(Descriptors.MW, mw).descriptor(Descriptors.LOGP, logp)
                .descriptor(Descriptors.TPSA, clamp(70 + 25 * rnd.nextGaussian(), 0, 200))
                .descriptor(Descriptors.HBD, rnd.nextInt(4)).descriptor(Descriptors.HBA, 2 + rnd.nextInt(7))
                .descriptor(Descriptors.ROTB, rnd.nextInt(9)).descriptor(Descriptors.QED, clamp(0.7 + 0.15 * rnd.nextGaussian(), 0, 1))
                .descriptor(Descriptors.LIPINSKI_VIOLATIONS, (mw > 500 ? 1 : 0) + (logp > 5 ? 1 : 0))
                .scaffold("scaffold-" + rnd.nextInt(20_000))
                .score(ACTIVE, active, 0.02 + 0.15 * rnd.nextDouble(), ad)
                .score(HERG, herg, 0.02 + 0.1 * rnd.nextDouble(), ad)
                .score(AMES, ames, 0.02 + 0.1 * rnd.nextDouble(), ad);
        if (fingerprinter != null) {
            b.ecfp4(fingerprinter.fingerprint(parser.parseSmiles(smiles)));
        }
        return b.build();
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
