package io.vscreen.chem.fingerprints;

import java.util.BitSet;

import org.openscience.cdk.aromaticity.Kekulization;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.fingerprint.MACCSFingerprinter;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.openscience.cdk.silent.SilentChemObjectBuilder;
import org.openscience.cdk.tools.manipulator.AtomContainerManipulator;

import io.vscreen.chem.StructureException;

/**
 * The 166 MACCS structural keys, computed by CDK's {@link MACCSFingerprinter} (SMARTS definitions
 * after RDKit's, Daylight aromaticity). Bit {@code k - 1} holds key {@code k}, so key 1 is bit 0 and
 * key 166 (more than one fragment) is bit 165.
 *
 * <p>The keys are computed on a copy of the molecule with explicit hydrogens folded into their
 * neighbours' counts (and Kekulé bond orders assigned if the input has aromatic bonds of unset order) (CDK's key matching sets ring and aromaticity flags on the molecule it sees),
 * so the caller's molecule is left untouched. Not thread-safe: one instance per thread.
 */
public final class Maccs implements Fingerprinter {

    private static final FingerprintSpec SPEC = FingerprintSpec.maccs();

    private final MACCSFingerprinter cdk = new MACCSFingerprinter(SilentChemObjectBuilder.getInstance());

    @Override
    public FingerprintSpec spec() {
        return SPEC;
    }

    @Override
    public Fingerprint fingerprint(IAtomContainer mol) throws StructureException {
        IAtomContainer copy;
        try {
            copy = AtomContainerManipulator.suppressHydrogens(mol.clone());
            for (IBond b : copy.bonds()) {
                if (b.getOrder() == null || b.getOrder() == IBond.Order.UNSET) {
                    Kekulization.kekulize(copy);
                    break;
                }
            }
        } catch (CloneNotSupportedException e) {
            throw new StructureException("molecule cannot be copied for MACCS keys", e);
        } catch (CDKException e) {
            throw new StructureException("aromatic system cannot be kekulized: " + e.getMessage(), e);
        }
        BitSet bits;
        try {
            bits = cdk.getBitFingerprint(copy).asBitSet();
        } catch (CDKException | RuntimeException e) {
            throw new StructureException("MACCS keys could not be computed: " + e.getMessage(), e);
        }
        long[] w = new long[Fingerprint.wordCount(FingerprintSpec.MACCS_LENGTH)];
        long[] set = bits.toLongArray();
        System.arraycopy(set, 0, w, 0, Math.min(set.length, w.length));
        return Fingerprint.wrap(w, FingerprintSpec.MACCS_LENGTH);
    }

    /**
     * The present keys as features {@code 0..165} (key {@code k} is feature {@code k - 1}, as in
     * the bits), each with count 1, so that folding to 166 reproduces the bit positions.
     */
    @Override
    public CountFingerprint counts(IAtomContainer mol) throws StructureException {
        int[] bits = fingerprint(mol).bits();
        int[] ones = new int[bits.length];
        java.util.Arrays.fill(ones, 1);
        return CountFingerprint.wrap(bits, ones);
    }
}
