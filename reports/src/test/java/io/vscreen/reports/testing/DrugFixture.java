package io.vscreen.reports.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.isomorphism.Pattern;
import org.openscience.cdk.silent.SilentChemObjectBuilder;
import org.openscience.cdk.smarts.SmartsPattern;
import org.openscience.cdk.smiles.SmilesParser;

import io.vscreen.chem.StructureException;
import io.vscreen.chem.fingerprints.Fingerprint;
import io.vscreen.chem.fingerprints.FingerprintSpec;
import io.vscreen.chem.fingerprints.Fingerprinter;
import io.vscreen.reports.AlertHit;
import io.vscreen.reports.Candidate;
import io.vscreen.reports.Descriptors;
import io.vscreen.reports.ScoreColumn;

/**
 * TEST FIXTURE: 50 named drugs from MoleculeNet BBBP (structures and RDKit descriptors in
 * {@code drugs50.csv}, made by {@code src/test/scripts/drug_fixture.py}) with SYNTHETIC scores
 * that are plausible but invented here, not predictions of any trained model:
 * <ul>
 *   <li>{@code demo.active} (efficacy): a logistic function of the ECFP4 bits with fixed
 *       pseudo-random bit weights ({@link #efficacy(Fingerprint)}), so that bit occlusion explains
 *       it exactly;</li>
 *   <li>{@code demo.herg} (toxicity): rises with logP and with a basic amine;</li>
 *   <li>{@code demo.ames} (toxicity): high for compounds with a structural alert;</li>
 *   <li>{@code demo.logS} (property, regression): the ESOL equation of Delaney (2004) without the
 *       aromatic-proportion term.</li>
 * </ul>
 * Ensemble spreads and applicability-domain similarities are drawn from a seeded generator.
 */
public final class DrugFixture {

    public static final int FP_LENGTH = 2048;
    public static final FingerprintSpec ECFP4 = FingerprintSpec.parse("ecfp4:" + FP_LENGTH);
    public static final ScoreColumn ACTIVE = ScoreColumn.efficacy("demo", "active");
    public static final ScoreColumn HERG = ScoreColumn.toxicity("demo", "herg");
    public static final ScoreColumn AMES = ScoreColumn.toxicity("demo", "ames");
    public static final ScoreColumn LOGS = new ScoreColumn("demo", "logS", ScoreColumn.Role.PROPERTY,
            ScoreColumn.Kind.REGRESSION);
    public static final List<ScoreColumn> COLUMNS = List.of(ACTIVE, HERG, AMES, LOGS);

    /** Alerts the fixture looks for (a few classic ones), name to SMARTS. */
    static final List<Map.Entry<String, String>> ALERTS = List.of(
            Map.entry("fixture:beta_lactam", "O=C1CCN1"),
            Map.entry("fixture:alkyl_halide", "[CH2][Cl,Br,I]"),
            Map.entry("fixture:nitro", "[N+](=O)[O-]"),
            Map.entry("fixture:michael_acceptor", "C=C[CX3]=O"),
            Map.entry("fixture:phenol_ester", "c[OX2][CX3](=O)[CH3]"));

    private static final double[] BIT_WEIGHTS = new double[FP_LENGTH];

    static {
        Random r = new Random(20240611L);
        for (int i = 0; i < FP_LENGTH; i++) {
            BIT_WEIGHTS[i] = r.nextGaussian() * 0.6;
        }
    }

    private DrugFixture() {
    }

    /** The fixture's efficacy "model": logistic in the ECFP4 bits. */
    public static double efficacy(Fingerprint fp) {
        double logit = 0.3;
        long[] w = fp.words();
        for (int i = 0; i < w.length; i++) {
            long word = w[i];
            while (word != 0) {
                int b = Long.numberOfTrailingZeros(word);
                logit += BIT_WEIGHTS[i * 64 + b] / 2;
                word &= word - 1;
            }
        }
        return 1 / (1 + Math.exp(-logit));
    }

    /** The 50 drugs as candidates, record numbers 1..50 in file order. */
    public static List<Candidate> candidates() throws IOException {
        SmilesParser sp = new SmilesParser(SilentChemObjectBuilder.getInstance());
        Fingerprinter fingerprinter = ECFP4.newFingerprinter();
        Map<String, Pattern> alerts = new LinkedHashMap<>();
        ALERTS.forEach(e -> alerts.put(e.getKey(), SmartsPattern.create(e.getValue())));
        Pattern basicAmine = SmartsPattern.create("[NX3;H0,H1,H2;!$(N-C=[O,N,S]);!$(N-a);!$(N-S(=O)=O)]([#6])");
        List<Candidate> out = new ArrayList<>();
        Random noise = new Random(11);
        try (InputStream in = DrugFixture.class.getResourceAsStream("/io/vscreen/reports/drugs50.csv");
             CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                     .parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            long record = 0;
            for (CSVRecord row : csv) {
                record++;
                String smiles = row.get("smiles");
                IAtomContainer mol;
                Fingerprint fp;
                try {
                    mol = sp.parseSmiles(smiles);
                    fp = fingerprinter.fingerprint(mol);
                } catch (CDKException | StructureException e) {
                    throw new IOException("fixture row " + row.get("row") + ": " + e.getMessage(), e);
                }
                List<AlertHit> hits = new ArrayList<>();
                alerts.forEach((name, p) -> {
                    int[] match = p.match(mol);
                    if (match.length > 0) {
                        hits.add(new AlertHit(name, match));
                    }
                });
                Candidate.Builder b = Candidate.builder(record, row.get("name")).source("BBBP.csv")
                        .smiles(smiles).scaffold(row.get("scaffold")).alerts(hits).ecfp4(fp);
                for (String d : Descriptors.REPORTED) {
                    b.descriptor(d, Double.parseDouble(row.get(d)));
                }
                double logp = Double.parseDouble(row.get("logp"));
                double mw = Double.parseDouble(row.get("mw"));
                double rotb = Double.parseDouble(row.get("rotb"));
                boolean amine = basicAmine.matches(mol);
                double herg = 1 / (1 + Math.exp(-(1.1 * (logp - 3.2) + (amine ? 1.0 : -1.0))));
                double ames = hits.isEmpty() ? 0.08 + 0.1 * noise.nextDouble() : 0.55 + 0.3 * noise.nextDouble();
                double logS = 0.16 - 0.63 * logp - 0.0062 * mw + 0.066 * rotb;
                double ad = 0.1 + 0.8 * noise.nextDouble();
                b.score(ACTIVE, efficacy(fp), 0.02 + 0.2 * noise.nextDouble(), ad);
                b.score(HERG, herg, 0.02 + 0.1 * noise.nextDouble(), ad);
                b.score(AMES, ames, 0.02 + 0.1 * noise.nextDouble(), ad);
                b.score(LOGS, logS, 0.1 + 0.4 * noise.nextDouble(), ad);
                out.add(b.build());
            }
        }
        return out;
    }
}
