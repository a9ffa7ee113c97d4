package io.vscreen.chem.prepare;

import java.util.List;
import java.util.Objects;

import org.openscience.cdk.interfaces.IAtomContainer;

import io.vscreen.chem.StructureException;
import io.vscreen.chem.alerts.Alert;
import io.vscreen.chem.alerts.AlertMatcher;
import io.vscreen.chem.descriptors.DescriptorCalculator;
import io.vscreen.chem.descriptors.Descriptors;
import io.vscreen.chem.fingerprints.CircularFeatures;
import io.vscreen.chem.fingerprints.Ecfp;
import io.vscreen.chem.fingerprints.Fingerprint;
import io.vscreen.chem.fingerprints.Fingerprinter;
import io.vscreen.chem.scaffold.Scaffolds;
import io.vscreen.chem.standardize.StandardizedMolecule;
import io.vscreen.chem.standardize.Standardizer;

/**
 * Prepares one parsed compound: standardize, describe, fingerprint, match alerts, cut the
 * scaffold. The molecule passed in is standardized in place (see {@link Standardizer}).
 *
 * <p>Not thread-safe: it owns CDK generators, a fingerprinter and an alert matcher. Create one per
 * thread from shared {@link PreparationOptions}.
 */
public final class CompoundPreparer {
    private final PreparationOptions options;
    private final Standardizer standardizer;
    private final DescriptorCalculator descriptors = new DescriptorCalculator();
    private final Fingerprinter fingerprinter;
    private final AlertMatcher alerts;
    private final Scaffolds scaffolds;

    public CompoundPreparer(PreparationOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.standardizer = new Standardizer(options.standardizer());
        this.fingerprinter = options.fingerprint() == null ? null : options.fingerprint().newFingerprinter();
        this.alerts = options.alerts().alerts().isEmpty() ? null : options.alerts().newMatcher();
        this.scaffolds = options.scaffold() ? new Scaffolds() : null;
    }

    public PreparationOptions options() {
        return options;
    }

    /**
     * Prepares {@code parsed} (as returned by {@link io.vscreen.chem.MoleculeParser}).
     *
     * @throws StructureException when the structure cannot be standardized or described; the
     *                            reason names the step
     */
    public PreparedCompound prepare(IAtomContainer parsed) throws StructureException {
        StandardizedMolecule std = standardizer.standardize(parsed);
        IAtomContainer mol = std.molecule();
        try {
            Descriptors d = descriptors.calculate(mol);
            CircularFeatures circular = null;
            Fingerprint fp = null;
            if (fingerprinter instanceof Ecfp ecfp) {
                circular = ecfp.features(mol);
                fp = circular.bits(ecfp.spec());
            } else if (fingerprinter != null) {
                fp = fingerprinter.fingerprint(mol);
            }
            List<Alert> matched = alerts == null ? List.of() : alerts.match(mol);
            String scaffold = scaffolds == null ? null : scaffolds.murcko(mol);
            return new PreparedCompound(std, d, fp, circular, matched, scaffold);
        } catch (RuntimeException e) {
            throw new StructureException("could not describe " + std.smiles() + ": " + e.getMessage(), e);
        }
    }
}
