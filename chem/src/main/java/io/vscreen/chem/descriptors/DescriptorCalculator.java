package io.vscreen.chem.descriptors;

import java.util.Objects;

import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.tools.manipulator.AtomContainerManipulator;

/**
 * Computes {@link Descriptors} for a standardized molecule (the output of
 * {@link io.vscreen.chem.standardize.Standardizer}: Daylight aromaticity, implicit hydrogens).
 * Definitions follow RDKit, so that values agree with what chemists see in RDKit-based tools:
 * <ul>
 *   <li>{@code mw}: average molecular weight incl. hydrogens (RDKit {@code Descriptors.MolWt});
 *       {@code exactMass}: monoisotopic mass ({@code ExactMolWt});</li>
 *   <li>{@code logP}: Wildman-Crippen logP ({@code Crippen.MolLogP}), implemented here as an atom
 *       typer over the published contribution table ({@link CrippenLogP}); chosen over CDK's
 *       XLogP/ALogP/JPlogP because it is the estimator QED and most tools report;</li>
 *   <li>{@code tpsa}: Ertl TPSA over N and O ({@code rdMolDescriptors.CalcTPSA}, includeSandP off);</li>
 *   <li>{@code hbd}/{@code hba}: Lipinski's counts ({@code CalcNumLipinskiHBD}: hydrogens on N and
 *       O, so NH2 counts two; {@code CalcNumLipinskiHBA}: N and O atoms);</li>
 *   <li>{@code rotatableBonds}: RDKit's strict definition ({@link RotatableBonds});</li>
 *   <li>{@code rings}: RDKit's {@code CalcNumRings} (the SSSR, symmetrized for bridged systems);
 *       {@code aromaticRings}: rings whose bonds are all aromatic ({@code CalcNumAromaticRings});</li>
 *   <li>{@code fractionSp3}: carbons with four connections over all carbons ({@code CalcFractionCSP3});</li>
 *   <li>{@code stereocentres}: tetrahedral centres, assigned or not
 *       ({@code FindMolChiralCenters(includeUnassigned=True)}, see {@link Stereocentres});</li>
 *   <li>{@code qed}: {@code QED.qed} with mean weights ({@link Qed}).</li>
 * </ul>
 * The molecule is not modified, except that ring flags are set and aromaticity is re-perceived
 * with the same Daylight model for the QED alert SMARTS. Explicit hydrogen atoms are folded into
 * a copy first. Not thread-safe (compiled SMARTS): one instance per thread.
 */
public final class DescriptorCalculator {
    private final Qed qed = new Qed();

    /** Computes every descriptor of the molecule. */
    public Descriptors calculate(IAtomContainer standardizedMol) {
        Objects.requireNonNull(standardizedMol, "standardizedMol");
        IAtomContainer mol = withoutExplicitHydrogens(standardizedMol);
        AtomTable t = new AtomTable(mol);

        double mw = 0;
        double exact = 0;
        int heavy = 0;
        int charge = 0;
        int carbons = 0;
        int sp3 = 0;
        int hbd = 0;
        int hba = 0;
        for (int i = 0; i < t.n; i++) {
            int z = t.z[i];
            if (t.massNumber[i] > 0) {
                double iso = AtomicMasses.isotope(z, t.massNumber[i]);
                mw += iso;
                exact += iso;
            } else {
                mw += AtomicMasses.average(z);
                exact += AtomicMasses.monoisotopic(z);
            }
            mw += t.h[i] * AtomicMasses.average(1);
            exact += t.h[i] * AtomicMasses.monoisotopic(1);
            if (z > 1) {
                heavy++;
            }
            charge += t.charge[i];
            if (z == 6) {
                carbons++;
                if (t.connections(i) == 4) {
                    sp3++;
                }
            }
            if (z == 7 || z == 8) {
                hba++;
                hbd += t.h[i];
            }
        }
        exact -= charge * AtomicMasses.ELECTRON;

        double logP = CrippenLogP.logP(t);
        double tpsa = PolarSurfaceArea.tpsa(t);
        int rotb = RotatableBonds.count(t);
        int rings = t.ringCount();
        int aromaticRings = aromaticRings(t);
        double fsp3 = carbons == 0 ? 0 : (double) sp3 / carbons;
        int stereo = Stereocentres.count(t);
        double qedValue = Qed.qed(mw, logP, Qed.acceptors(t), Qed.donors(t), tpsa, rotb,
                Qed.aromaticRings(t), qed.alertCount(mol));
        return new Descriptors(mw, exact, logP, tpsa, hbd, hba, rotb, heavy, rings, aromaticRings, fsp3,
                charge, stereo, qedValue, Descriptors.lipinskiViolations(mw, logP, hbd, hba),
                Descriptors.veber(rotb, tpsa));
    }

    /** Rings of all-aromatic bonds: the cyclomatic number of the aromatic-bond subgraph. */
    private static int aromaticRings(AtomTable t) {
        int[] parent = new int[t.n];
        for (int i = 0; i < t.n; i++) {
            parent[i] = i;
        }
        int bonds = 0;
        int merges = 0;
        for (int i = 0; i < t.n; i++) {
            for (int k = 0; k < t.nbr[i].length; k++) {
                int j = t.nbr[i][k];
                if (j > i && t.aromaticBond[i][k]) {
                    bonds++;
                    int a = find(parent, i);
                    int b = find(parent, j);
                    if (a != b) {
                        parent[a] = b;
                        merges++;
                    }
                }
            }
        }
        return bonds - merges;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static IAtomContainer cloneOf(IAtomContainer mol) {
        try {
            return mol.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static IAtomContainer withoutExplicitHydrogens(IAtomContainer mol) {
        for (IAtom a : mol.atoms()) {
            if (a.getAtomicNumber() != null && a.getAtomicNumber() == 1) {
                return AtomContainerManipulator.suppressHydrogens(cloneOf(mol));
            }
        }
        return mol;
    }
}
