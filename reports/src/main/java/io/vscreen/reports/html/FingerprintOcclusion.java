package io.vscreen.reports.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.fingerprint.CircularFingerprinter;
import org.openscience.cdk.interfaces.IAtomContainer;

import io.vscreen.chem.fingerprints.Fingerprint;
import io.vscreen.reports.Candidate;

/**
 * Atom-level explanation of a fingerprint-based score by occlusion: each ECFP4 bit that is on is
 * switched off in turn and the model rescored; the drop in score is that bit's attribution. Each
 * bit's attribution is shared equally among the circular features (atom environments) that set
 * it, and each feature's share equally among its atoms (the atoms within its radius, as CDK's
 * {@link CircularFingerprinter} reports them). Positive weights mark atoms that raise the score.
 *
 * <p>Costs one model call per set bit (about 30-60 for a drug-like compound), so it is meant for
 * the top N only. Not thread-safe (one CDK fingerprinter per instance).
 */
public final class FingerprintOcclusion implements AtomAttribution {

    private final ToDoubleFunction<Fingerprint> scorer;
    private final int length;
    private final String scoreName;
    private final CircularFingerprinter fingerprinter;

    /**
     * @param scorer    the model's score of an ECFP4 fingerprint (the efficacy score explained)
     * @param length    fingerprint length in bits, as the model was trained with (e.g. 2048)
     * @param scoreName name of the explained score for the legend, e.g. {@code bace.active}
     */
    public FingerprintOcclusion(ToDoubleFunction<Fingerprint> scorer, int length, String scoreName) {
        this.scorer = scorer;
        this.length = length;
        this.scoreName = scoreName;
        this.fingerprinter = new CircularFingerprinter(CircularFingerprinter.CLASS_ECFP4, length);
    }

    /** Features of a molecule grouped by the folded bit they set. */
    Map<Integer, List<int[]>> atomsByBit(IAtomContainer molecule) throws CDKException {
        fingerprinter.calculate(molecule);
        Map<Integer, List<int[]>> byBit = new HashMap<>();
        for (int i = 0; i < fingerprinter.getFPCount(); i++) {
            CircularFingerprinter.FP fp = fingerprinter.getFP(i);
            byBit.computeIfAbsent(bit(fp.hashCode), k -> new ArrayList<>()).add(fp.atoms.clone());
        }
        return byBit;
    }

    /** The folded bit of a feature hash, as {@code CircularFingerprinter.getBitFingerprint} folds it. */
    int bit(int hash) {
        return (int) (Integer.toUnsignedLong(hash) % length);
    }

    @Override
    public double[] atomWeights(Candidate candidate, IAtomContainer molecule) throws CDKException {
        Map<Integer, List<int[]>> byBit = atomsByBit(molecule);
        long[] words = new long[(length + 63) >>> 6];
        for (int b : byBit.keySet()) {
            words[b >>> 6] |= 1L << (b & 63);
        }
        double base = scorer.applyAsDouble(fingerprint(words));
        double[] weights = new double[molecule.getAtomCount()];
        for (Map.Entry<Integer, List<int[]>> e : byBit.entrySet()) {
            int b = e.getKey();
            long[] off = words.clone();
            off[b >>> 6] &= ~(1L << (b & 63));
            double delta = base - scorer.applyAsDouble(fingerprint(off));
            if (delta == 0 || Double.isNaN(delta)) {
                continue;
            }
            List<int[]> features = e.getValue();
            for (int[] atoms : features) {
                double share = delta / features.size() / atoms.length;
                for (int a : atoms) {
                    weights[a] += share;
                }
            }
        }
        return weights;
    }

    private Fingerprint fingerprint(long[] words) {
        return new Fingerprint(words, length);
    }

    @Override
    public String describe() {
        return "ECFP4 bit occlusion of " + scoreName;
    }
}
