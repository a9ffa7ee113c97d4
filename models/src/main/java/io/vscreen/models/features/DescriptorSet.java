package io.vscreen.models.features;

import java.util.List;
import java.util.Locale;

import org.openscience.cdk.CDK;
import org.openscience.cdk.interfaces.IAtomContainer;

import io.vscreen.chem.descriptors.DescriptorCalculator;
import io.vscreen.chem.descriptors.Descriptors;

/**
 * A named set of whole-molecule descriptors a model can take beside its fingerprint. The one set
 * so far, {@code standard}, is the physico-chemical profile {@code vscreen describe} writes
 * ({@link Descriptors#columnNames()}: mw, exact_mass, logp, tpsa, hbd, hba, rotb, heavy_atoms,
 * rings, aromatic_rings, fsp3, formal_charge, stereocentres, qed, lipinski_violations, veber), in
 * that order, computed by {@link DescriptorCalculator} on the standardized molecule.
 *
 * <p>{@link #version()} names the set's revision and the CDK release: a package trained on another
 * revision is refused, as for fingerprints.
 *
 * @param name     the set's name in specs and manifests
 * @param revision bumped whenever a value computed for a molecule would change
 */
public record DescriptorSet(String name, int revision) {

    /** The descriptors of {@code vscreen describe}. */
    public static final DescriptorSet STANDARD = new DescriptorSet("standard", 1);

    /** Every set this build computes. */
    public static final List<DescriptorSet> KNOWN = List.of(STANDARD);

    /**
     * The set of that name.
     *
     * @throws IllegalArgumentException naming the known sets when there is none of that name
     */
    public static DescriptorSet named(String name) {
        String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        for (DescriptorSet s : KNOWN) {
            if (s.name.equals(n)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown descriptor set '" + (name == null ? "" : name.strip())
                + "'; known: " + KNOWN.stream().map(DescriptorSet::name).toList());
    }

    /** The descriptor names, in vector order. */
    public List<String> names() {
        return Descriptors.columnNames();
    }

    /** The revision string stored in manifests, e.g. {@code standard-1/cdk-2.12}. */
    public String version() {
        return name + "-" + revision + "/cdk-" + CDK.getVersion();
    }

    /** The values of a standardized molecule, in {@link #names()} order. */
    public double[] compute(DescriptorCalculator calculator, IAtomContainer standardizedMolecule) {
        return values(calculator.calculate(standardizedMolecule));
    }

    /** The values of descriptors already computed, in {@link #names()} order. */
    public double[] values(Descriptors computed) {
        return computed.toVector();
    }
}
