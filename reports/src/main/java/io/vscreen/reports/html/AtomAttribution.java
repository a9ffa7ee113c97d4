package io.vscreen.reports.html;

import java.util.Map;

import org.openscience.cdk.interfaces.IAtomContainer;

import io.vscreen.chem.StructureException;
import io.vscreen.reports.Candidate;

/**
 * Explains a compound's efficacy score atom by atom: one weight per atom, positive where the atom
 * raises the score, negative where it lowers it, drawn on the structure in the report. Weights
 * come either from the model (computed elsewhere and handed in with {@link #precomputed(Map)}) or
 * from occlusion: of fingerprint bits ({@link FingerprintOcclusion}, {@link ModelBitOcclusion}), of
 * the atoms of a graph network's input ({@link GraphAtomOcclusion}), or both for a consensus of the
 * two ({@link ConsensusOcclusion}).
 */
public interface AtomAttribution {

    /**
     * Per-atom weights for a compound.
     *
     * @param candidate the compound
     * @param molecule  its structure, parsed from {@link Candidate#smiles()} (atom order = SMILES order)
     * @return one weight per atom of {@code molecule}, or null when no explanation is available
     */
    double[] atomWeights(Candidate candidate, IAtomContainer molecule) throws StructureException;

    /** A short description for the report's legend, e.g. which score is explained and how. */
    String describe();

    /** No explanation. */
    static AtomAttribution none() {
        return new AtomAttribution() {
            @Override
            public double[] atomWeights(Candidate candidate, IAtomContainer molecule) {
                return null;
            }

            @Override
            public String describe() {
                return "no atom-level explanation";
            }
        };
    }

    /** Weights computed elsewhere, by record number (atom order = the candidate's SMILES). */
    static AtomAttribution precomputed(Map<Long, double[]> byRecord, String description) {
        Map<Long, double[]> copy = Map.copyOf(byRecord);
        return new AtomAttribution() {
            @Override
            public double[] atomWeights(Candidate candidate, IAtomContainer molecule) {
                double[] w = copy.get(candidate.record());
                if (w != null && w.length != molecule.getAtomCount()) {
                    throw new IllegalArgumentException("record " + candidate.record() + ": " + w.length
                            + " atom weights for " + molecule.getAtomCount() + " atoms");
                }
                return w == null ? null : w.clone();
            }

            @Override
            public String describe() {
                return description;
            }
        };
    }
}
