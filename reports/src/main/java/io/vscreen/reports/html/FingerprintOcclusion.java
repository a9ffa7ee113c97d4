package io.vscreen.reports.html;

import java.util.HashMap;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;

import io.vscreen.chem.StructureException;
import io.vscreen.chem.fingerprints.CountFingerprint;
import io.vscreen.chem.fingerprints.Fingerprint;
import io.vscreen.chem.fingerprints.FingerprintSpec;
import io.vscreen.chem.fingerprints.Fingerprinter;
import io.vscreen.reports.Candidate;

/**
 * Atom-level explanation of a score computed from an ECFP fingerprint, by occlusion.
 *
 * <ol>
 *   <li>Each bit that is on is switched off in turn and the model rescored; the drop in score is
 *       the bit's attribution.</li>
 *   <li>The bit is mapped back to atoms through its circular features: an atom is covered by a
 *       feature when the feature's atom environment contains it. That is found with the project's
 *       own fingerprinter: giving one atom an unused isotope label changes the identifier of every
 *       feature whose environment contains it (the mass number is an ECFP atom invariant), so the
 *       features whose count drops are exactly those that cover the atom, with multiplicity.</li>
 *   <li>A bit's attribution is shared among the atoms in proportion to how many occurrences of
 *       the bit's features cover each, so the atom weights add up to the sum of the bit
 *       attributions.</li>
 * </ol>
 * Positive weights mark atoms that raise the score. Costs one model call per set bit and one
 * fingerprint per heavy atom, so it is meant for the top N. Not thread-safe (one fingerprinter
 * per instance).
 */
public final class FingerprintOcclusion implements AtomAttribution {

    /** An isotope label no real input carries, used to relabel one atom at a time. */
    private static final int PROBE_MASS = 251;

    private final Fingerprinter fingerprinter;
    private final int length;
    private final ToDoubleFunction<Fingerprint> scorer;
    private final String scoreName;

    /**
     * @param spec      the fingerprint the model reads (an ECFP kind, e.g. {@code ecfp4:2048})
     * @param scorer    the model's score of a fingerprint (the efficacy score explained)
     * @param scoreName name of the explained score for the legend, e.g. {@code bace.active}
     */
    public FingerprintOcclusion(FingerprintSpec spec, ToDoubleFunction<Fingerprint> scorer, String scoreName) {
        if (!spec.kind().circular() || spec.kind().functional()) {
            throw new IllegalArgumentException("atom attribution by occlusion needs an ECFP fingerprint, not " + spec);
        }
        this.fingerprinter = spec.newFingerprinter();
        this.length = spec.length();
        this.scorer = scorer;
        this.scoreName = scoreName;
    }

    @Override
    public double[] atomWeights(Candidate candidate, IAtomContainer molecule) throws StructureException {
        Fingerprint bits = fingerprinter.fingerprint(molecule);
        Map<Integer, Integer> base = countsOf(fingerprinter.counts(molecule));
        int atoms = molecule.getAtomCount();
        // cover.get(feature)[atom] = occurrences of the feature whose environment holds the atom
        Map<Integer, int[]> cover = new HashMap<>();
        for (int i = 0; i < atoms; i++) {
            IAtom atom = molecule.getAtom(i);
            if (atom.getAtomicNumber() == null || atom.getAtomicNumber() <= 1) {
                continue;
            }
            Integer mass = atom.getMassNumber();
            atom.setMassNumber(PROBE_MASS);
            Map<Integer, Integer> relabelled;
            try {
                relabelled = countsOf(fingerprinter.counts(molecule));
            } finally {
                atom.setMassNumber(mass);
            }
            for (Map.Entry<Integer, Integer> e : base.entrySet()) {
                int lost = e.getValue() - relabelled.getOrDefault(e.getKey(), 0);
                if (lost > 0) {
                    cover.computeIfAbsent(e.getKey(), k -> new int[atoms])[i] += lost;
                }
            }
        }
        Map<Integer, int[]> coverByBit = new HashMap<>();
        for (Map.Entry<Integer, int[]> e : cover.entrySet()) {
            int[] sum = coverByBit.computeIfAbsent(CountFingerprint.fold(e.getKey(), length), k -> new int[atoms]);
            for (int i = 0; i < atoms; i++) {
                sum[i] += e.getValue()[i];
            }
        }
        double score = scorer.applyAsDouble(bits);
        long[] words = bits.words();
        double[] weights = new double[atoms];
        for (int b : bits.bits()) {
            long[] off = words.clone();
            off[b >>> 6] &= ~(1L << (b & 63));
            double delta = score - scorer.applyAsDouble(new Fingerprint(off, length));
            int[] share = coverByBit.get(b);
            if (delta == 0 || Double.isNaN(delta) || share == null) {
                continue;
            }
            double total = 0;
            for (int s : share) {
                total += s;
            }
            for (int i = 0; i < atoms; i++) {
                weights[i] += delta * share[i] / total;
            }
        }
        return weights;
    }

    private static Map<Integer, Integer> countsOf(CountFingerprint counts) {
        int[] f = counts.features();
        int[] c = counts.counts();
        Map<Integer, Integer> m = new HashMap<>(f.length * 2);
        for (int i = 0; i < f.length; i++) {
            m.put(f[i], c[i]);
        }
        return m;
    }

    @Override
    public String describe() {
        return "ECFP bit occlusion of " + scoreName;
    }
}
