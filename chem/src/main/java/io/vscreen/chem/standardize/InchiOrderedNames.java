package io.vscreen.chem.standardize;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;

import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.inchi.InChIGenerator;
import org.openscience.cdk.inchi.InChIGeneratorFactory;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IPseudoAtom;
import org.openscience.cdk.smiles.SmiFlavor;

import io.github.dan2097.jnainchi.InchiFlag;
import io.github.dan2097.jnainchi.InchiKeyOutput;
import io.github.dan2097.jnainchi.InchiKeyStatus;
import io.github.dan2097.jnainchi.InchiStatus;
import io.github.dan2097.jnainchi.JnaInchi;
import uk.ac.ebi.beam.Functions;
import uk.ac.ebi.beam.Graph;

/**
 * The stereo-canonical SMILES and the standard InChIKey of a molecule from <em>one</em> run of the
 * InChI library, where CDK would run it twice.
 *
 * <p>CDK's canonical isomeric SMILES ({@code SmiFlavor.Canonical | SmiFlavor.Isomeric}) orders atoms
 * by the numbers of a non-standard InChI computed with the options {@code RecMet FixedH} (the
 * "Universal SMILES" numbering); the standard InChIKey needs the standard InChI, a second run.
 * The non-standard InChI holds the standard one: its main layers are the standard (mobile-H,
 * disconnected metal) layers, followed by the fixed-H ({@code /f}) and reconnected-metal
 * ({@code /r}) layers. So one {@code RecMet FixedH} run gives the atom numbers for the SMILES (read
 * from its AuxInfo exactly as CDK reads them) and, after dropping those two layers and restoring
 * the {@code InChI=1S/} prefix, the standard InChI whose key is a cheap hash.
 *
 * <p>The SMILES is written by the same steps as {@code SmilesGenerator.create} (CDK 2.12) with the
 * numbering passed in rather than recomputed, so the strings are identical to CDK's; tests compare
 * both strings and keys with CDK's own generators over ZINC and Tox21. CDK does not expose these
 * two steps publicly ({@code CDKToBeam.toBeamGraph} and {@code InChINumbersTools.parseUSmilesNumbers}
 * are package-private): they are reached once through method handles, and {@link #available()}
 * is false if that fails (another CDK version), in which case callers use the two-run path.
 *
 * <p>Stateless; the InChI factory is CDK's shared singleton.
 */
final class InchiOrderedNames {
    /** The flavour {@link Standardizer} writes stereo-canonical SMILES with. */
    static final int FLAVOUR = SmiFlavor.Canonical | SmiFlavor.Isomeric | SmiFlavor.UseAromaticSymbols;

    private static final MethodHandle TO_BEAM;
    private static final MethodHandle USMILES_NUMBERS;

    static {
        MethodHandle toBeam = null;
        MethodHandle numbers = null;
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            Method m1 = Class.forName("org.openscience.cdk.smiles.CDKToBeam")
                    .getDeclaredMethod("toBeamGraph", IAtomContainer.class, int.class);
            m1.setAccessible(true);
            Method m2 = Class.forName("org.openscience.cdk.graph.invariant.InChINumbersTools")
                    .getDeclaredMethod("parseUSmilesNumbers", String.class, IAtomContainer.class);
            m2.setAccessible(true);
            toBeam = lookup.unreflect(m1).asType(MethodType.methodType(Graph.class, IAtomContainer.class, int.class));
            numbers = lookup.unreflect(m2).asType(MethodType.methodType(long[].class, String.class, IAtomContainer.class));
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            toBeam = null;
            numbers = null;
        }
        TO_BEAM = toBeam;
        USMILES_NUMBERS = numbers;
    }

    /** A canonical SMILES and a standard InChIKey ("" when InChI gave none). */
    record Names(String smiles, String inchiKey) {
    }

    private InchiOrderedNames() {
    }

    /** Whether the CDK internals this relies on were found. */
    static boolean available() {
        return TO_BEAM != null && USMILES_NUMBERS != null;
    }

    /**
     * Whether the molecule can take this path: no pseudo atoms (CDK relabels R groups before
     * numbering them; such molecules keep CDK's own path).
     */
    static boolean applies(IAtomContainer m) {
        if (!available() || m.isEmpty()) {
            return false;
        }
        for (IAtom a : m.atoms()) {
            if (a instanceof IPseudoAtom || a.getAtomicNumber() == null || a.getAtomicNumber() == 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Names {@code m} with one InChI run.
     *
     * @param withKey whether to compute the InChIKey too ("" otherwise)
     * @throws CDKException when InChI cannot number the atoms (the message is CDK's)
     */
    static Names of(IAtomContainer m, boolean withKey) throws CDKException {
        InChIGenerator gen = generator(m);
        if (gen.getStatus() == InchiStatus.ERROR) {
            throw new CDKException("An InChI could not be generated and used to canonise SMILES: "
                    + "Could not generate InChI Numbers: " + gen.getMessage());
        }
        int[] labels = labels(gen.getAuxInfo(), m);
        String smiles = smiles(m, labels);
        String key = withKey ? standardKey(gen.getInchi()) : "";
        return new Names(smiles, key);
    }

    private static InChIGenerator generator(IAtomContainer m) throws CDKException {
        InChIGeneratorFactory factory = InChIGeneratorFactory.getInstance();
        boolean ignore = factory.getIgnoreAromaticBonds();
        factory.setIgnoreAromaticBonds(true);
        try {
            return factory.getInChIGenerator(m, InchiFlag.RecMet, InchiFlag.FixedH, InchiFlag.LargeMolecules);
        } finally {
            factory.setIgnoreAromaticBonds(ignore);
        }
    }

    private static int[] labels(String auxInfo, IAtomContainer m) throws CDKException {
        long[] numbers;
        try {
            numbers = (long[]) USMILES_NUMBERS.invokeExact(auxInfo, m);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new CDKException("InChI numbers could not be read: " + e.getMessage(), e);
        }
        int[] labels = new int[numbers.length];
        for (int i = 0; i < numbers.length; i++) {
            labels[i] = (int) numbers[i] - 1;
        }
        return labels;
    }

    /** The steps of {@code SmilesGenerator.create} for {@link #FLAVOUR}, with the given labelling. */
    static String smiles(IAtomContainer m, int[] labels) throws CDKException {
        Graph g;
        try {
            g = (Graph) TO_BEAM.invokeExact(m, FLAVOUR);
        } catch (CDKException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new CDKException(e.getMessage(), e);
        }
        try {
            g = g.permute(labels);
            g.sort(new Graph.VisitHighOrderFirst());
            g = Functions.normaliseDirectionalLabels(g);
            g.sort(new Graph.VisitHighOrderFirst()).sort(new Graph.VisitHydrogenFirst());
            return g.toSmiles(new int[m.getAtomCount()]);
        } catch (java.io.IOException e) {
            throw new CDKException(e.getMessage());
        }
    }

    /**
     * The standard InChIKey of the standard InChI inside a {@code RecMet FixedH} InChI, or "" when
     * there is no InChI.
     */
    static String standardKey(String nonStandardInchi) {
        String standard = standardInchi(nonStandardInchi);
        if (standard == null) {
            return "";
        }
        InchiKeyOutput out = JnaInchi.inchiToInchiKey(standard);
        if (out == null || out.getStatus() != InchiKeyStatus.OK || out.getInchiKey() == null) {
            return "";
        }
        return out.getInchiKey();
    }

    /**
     * The standard InChI: the layers before the first fixed-H ({@code /f}) or reconnected
     * ({@code /r}) layer, under the {@code InChI=1S/} prefix; null if the input is no InChI.
     */
    static String standardInchi(String inchi) {
        if (inchi == null || !inchi.startsWith("InChI=1/")) {
            return null;
        }
        int end = inchi.length();
        for (int i = 8; i < inchi.length() - 1; i++) {
            if (inchi.charAt(i) == '/' && (inchi.charAt(i + 1) == 'f' || inchi.charAt(i + 1) == 'r')) {
                end = i;
                break;
            }
        }
        return "InChI=1S/" + inchi.substring(8, end);
    }
}
