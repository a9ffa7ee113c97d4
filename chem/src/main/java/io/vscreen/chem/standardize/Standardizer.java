package io.vscreen.chem.standardize;

import java.util.Objects;

import org.openscience.cdk.aromaticity.Aromaticity;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.graph.Cycles;
import org.openscience.cdk.inchi.InChIGenerator;
import org.openscience.cdk.inchi.InChIGeneratorFactory;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.openscience.cdk.smiles.SmilesGenerator;
import org.openscience.cdk.tools.manipulator.AtomContainerManipulator;

import io.github.dan2097.jnainchi.InchiStatus;
import io.vscreen.chem.StructureException;

/**
 * Brings a parsed molecule to the standard form every later step works on, and names it:
 * <ol>
 *   <li>explicit hydrogen atoms are folded into implicit counts (always);</li>
 *   <li>the largest organic fragment is kept: salts, counter-ions and solvents are dropped
 *       (the carbon-containing fragment with most heavy atoms, ties broken by canonical SMILES;
 *       the largest fragment if none contains carbon);</li>
 *   <li>acid and base charges are neutralized, zwitterions that need charge separation (nitro,
 *       N-oxides, quaternary ammonium) are kept (see {@code ChargeNeutralizer});</li>
 *   <li>aromaticity is perceived with the Daylight model, as RDKit and Daylight SMILES do;</li>
 *   <li>the canonical isomeric SMILES (stereo, isotopes, aromatic symbols) and the standard
 *       InChIKey are computed.</li>
 * </ol>
 * Each of steps 2 to 4 and the InChIKey can be switched off in {@link StandardizerOptions}.
 *
 * <p>Canonical SMILES: CDK writes stereo-canonical SMILES by ordering atoms with InChI canonical
 * numbers (Universal SMILES, {@code SmiFlavor.Canonical | SmiFlavor.Isomeric}), which runs the
 * InChI library with fixed-H and reconnected-metal layers; that run also gives the standard
 * InChIKey (see {@code InchiOrderedNames}). Most molecules do not need it: when CDK's own
 * canonical labelling provably orders the molecule with its stereo (no charges or isotopes, and
 * no stereo centre or stereo double bond with a symmetry-equivalent neighbour; see
 * {@code CanonOrderedSmiles}), the SMILES is ordered by that labelling and the key comes from a
 * cheaper standard InChI run. Either way the choice depends on the molecule alone, so its SMILES is
 * the same with and without the key option. The string is canonical: one molecule, with the same
 * stereo given, always gets the same string; a molecule drawn once with and once without stereo
 * gets two strings, as it should in isomeric SMILES.
 *
 * <p><b>The input container is modified and may be returned</b>: standardization works in place
 * (charges, hydrogen counts and aromatic flags change) and the returned
 * {@link StandardizedMolecule#molecule()} is either the same instance or a new container holding
 * the kept fragment. This avoids a copy per molecule in the screening pipeline, where the parser's
 * fresh container is not used again; pass {@code mol.clone()} to keep the original.
 *
 * <p>InChI: computed through the JNA-InChI native library. If InChI cannot be generated for a
 * structure (an InChI error status, e.g. for some organometallics, or a missing native library)
 * the molecule is <em>not</em> rejected: its InChIKey is the empty string. InChI warnings (such as
 * "Omitted undefined stereo") still yield a key.
 *
 * <p>Not thread-safe (CDK generators and the aromaticity model keep state): one instance per
 * thread.
 */
public final class Standardizer {
    private final StandardizerOptions options;
    private final FragmentSelector fragments = new FragmentSelector();
    private final ChargeNeutralizer neutralizer = new ChargeNeutralizer();
    private final Aromaticity aromaticity =
            new Aromaticity(Aromaticity.Model.Daylight, Cycles.or(Cycles.all(), Cycles.all(6)));
    /**
     * CDK's stereo-canonical SMILES, for the molecules {@code InchiOrderedNames} does not take
     * (pseudo atoms); a second InChI run then gives the key.
     */
    private final SmilesGenerator stereoSmiles = new SmilesGenerator(InchiOrderedNames.FLAVOUR);

    public Standardizer() {
        this(StandardizerOptions.DEFAULTS);
    }

    public Standardizer(StandardizerOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    public StandardizerOptions options() {
        return options;
    }

    /**
     * Standardizes {@code mol} (in place, see the class comment) and names it.
     *
     * @throws StructureException if the structure has no atoms, or its aromaticity or SMILES
     *                            cannot be computed
     */
    public StandardizedMolecule standardize(IAtomContainer mol) throws StructureException {
        Objects.requireNonNull(mol, "mol");
        if (mol.isEmpty()) {
            throw new StructureException("no atoms");
        }
        IAtomContainer m = mol;
        try {
            m = foldHydrogens(m);
            if (options.largestFragment()) {
                m = fragments.largestOrganic(m);
            }
            if (options.neutralize()) {
                neutralizer.neutralize(m);
            }
            if (options.aromatize()) {
                perceiveAromaticity(m);
            }
        } catch (CDKException | RuntimeException e) {
            throw new StructureException("cannot standardize: " + e.getMessage(), e);
        }
        try {
            String canonSmiles = CanonOrderedSmiles.smilesIfApplicable(m);
            if (canonSmiles != null) {
                return new StandardizedMolecule(m, canonSmiles, options.inchiKey() ? inchiKey(m) : "");
            }
        } catch (CDKException | RuntimeException e) {
            throw new StructureException("cannot write canonical SMILES: " + e.getMessage(), e);
        }
        if (InchiOrderedNames.applies(m)) {
            try {
                InchiOrderedNames.Names names = InchiOrderedNames.of(m, options.inchiKey());
                return new StandardizedMolecule(m, names.smiles(), names.inchiKey());
            } catch (CDKException | RuntimeException | LinkageError e) {
                throw new StructureException("cannot write canonical SMILES: " + e.getMessage(), e);
            }
        }
        String smi;
        try {
            smi = stereoSmiles.create(m);
        } catch (CDKException | RuntimeException e) {
            throw new StructureException("cannot write canonical SMILES: " + e.getMessage(), e);
        }
        String key = options.inchiKey() ? inchiKey(m) : "";
        return new StandardizedMolecule(m, smi, key);
    }

    /** Clears the input's aromatic flags and applies the Daylight model. */
    private void perceiveAromaticity(IAtomContainer m) throws CDKException {
        for (IAtom a : m.atoms()) {
            a.setIsAromatic(false);
        }
        for (IBond b : m.bonds()) {
            b.setIsAromatic(false);
        }
        aromaticity.apply(m);
    }

    private static IAtomContainer foldHydrogens(IAtomContainer m) {
        for (IAtom a : m.atoms()) {
            if (a.getAtomicNumber() == 1) {
                return AtomContainerManipulator.suppressHydrogens(m);
            }
        }
        return m;
    }

    /** The standard InChIKey, or "" when InChI reports an error for this structure. */
    private static String inchiKey(IAtomContainer m) {
        try {
            InChIGenerator gen = InChIGeneratorFactory.getInChIGenerator(m);
            InchiStatus status = gen.getStatus();
            if (status == InchiStatus.SUCCESS || status == InchiStatus.WARNING) {
                String key = gen.getInchiKey();
                return key == null ? "" : key;
            }
            return "";
        } catch (CDKException | RuntimeException | LinkageError e) {
            return "";
        }
    }
}
