package io.vscreen.chem.descriptors;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.vscreen.chem.MoleculeParser;
import io.vscreen.chem.StructureException;
import io.vscreen.chem.standardize.Standardizer;
import io.vscreen.chem.standardize.StandardizerOptions;

/**
 * Cross-checks every descriptor against RDKit 2022.09 on about 2,000 real molecules (the first
 * 1,000 of ZINC250k, 500 of Tox21, 500 of BBBP), both sides standardized the same way (largest
 * organic fragment, neutralized). The thresholds are the agreement levels this implementation
 * reaches; the printed table gives the exact figures.
 */
class DescriptorsAgreeWithRdkitTest {
    private record Pair(RdkitReference.Row ref, Descriptors ours) {
    }

    private static final List<Pair> PAIRS = new ArrayList<>();
    private static int unparsed;

    @BeforeAll
    static void computeAll() throws Exception {
        MoleculeParser parser = new MoleculeParser();
        Standardizer standardizer = new Standardizer(StandardizerOptions.DEFAULTS.withInchiKey(false));
        DescriptorCalculator calc = new DescriptorCalculator();
        for (RdkitReference.Row row : RdkitReference.load()) {
            try {
                var std = standardizer.standardize(parser.parseSmiles(row.smiles()));
                PAIRS.add(new Pair(row, calc.calculate(std.molecule())));
            } catch (StructureException e) {
                unparsed++;
            }
        }
        System.out.printf(Locale.ROOT, "descriptor cross-check: %d molecules compared, %d not parsed by CDK%n",
                PAIRS.size(), unparsed);
    }

    private static double agreement(String column, ToDoubleFunction<Descriptors> ours, double tolerance) {
        int ok = 0;
        int shown = 0;
        double sumAbs = 0;
        for (Pair p : PAIRS) {
            double diff = Math.abs(ours.applyAsDouble(p.ours()) - p.ref().get(column));
            sumAbs += diff;
            if (diff <= tolerance + 1e-9) {
                ok++;
            } else if (shown++ < 8 && System.getenv("VSCREEN_SHOW_MISMATCHES") != null) {
                System.out.printf(Locale.ROOT, "  %s %s:%d ours %.4f rdkit %.4f %s%n", column, p.ref().source(),
                        p.ref().row(), ours.applyAsDouble(p.ours()), p.ref().get(column), p.ref().smiles());
            }
        }
        double fraction = (double) ok / PAIRS.size();
        System.out.printf(Locale.ROOT, "%-15s within %-5s: %.4f   mean |diff| %.4f%n", column, tolerance, fraction,
                sumAbs / PAIRS.size());
        return fraction;
    }

    @Test
    void enoughMoleculesCompared() {
        assertTrue(PAIRS.size() >= 1500, "compared " + PAIRS.size());
    }

    @Test
    void molecularWeight() {
        assertTrue(agreement("mw", Descriptors::mw, 0.01) >= 0.999);
        assertTrue(agreement("exact_mass", Descriptors::exactMass, 0.01) >= 0.999);
        assertTrue(agreement("heavy_atoms", Descriptors::heavyAtoms, 0) >= 0.999);
        assertTrue(agreement("formal_charge", Descriptors::formalCharge, 0) >= 0.99);
    }

    @Test
    void polarSurfaceAreaAndLipinskiCounts() {
        assertTrue(agreement("tpsa", Descriptors::tpsa, 0.5) >= 0.995);
        assertTrue(agreement("tpsa", Descriptors::tpsa, 0.01) >= 0.995);
        assertTrue(agreement("hbd", Descriptors::hbd, 0) >= 0.99);
        assertTrue(agreement("hba", Descriptors::hba, 0) >= 0.99);
    }

    @Test
    void crippenLogP() {
        assertTrue(agreement("logp", Descriptors::logP, 0.5) >= 0.99);
        assertTrue(agreement("logp", Descriptors::logP, 0.01) >= 0.995);
    }

    @Test
    void qed() {
        assertTrue(agreement("qed", Descriptors::qed, 0.02) >= 0.99);
    }

    @Test
    void topology() {
        assertTrue(agreement("rotb", Descriptors::rotatableBonds, 0) >= 0.995);
        assertTrue(agreement("rings", Descriptors::rings, 0) >= 0.99);
        assertTrue(agreement("aromatic_rings", Descriptors::aromaticRings, 0) >= 0.99);
        assertTrue(agreement("fsp3", Descriptors::fractionSp3, 0.001) >= 0.99);
        assertTrue(agreement("stereocentres", Descriptors::stereocentres, 0) >= 0.99);
    }
}
