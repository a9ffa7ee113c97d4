package io.vscreen.chem;

import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;

/**
 * Rewrites neutral five-valent nitrogen bearing a terminal {@code =O} into its charge-separated
 * form, {@code [N+][O-]}: nitro groups written {@code N(=O)=O} and N-oxides written {@code n1=O}
 * or {@code C=N(=O)C} become {@code [N+](=O)[O-]} and {@code [n+]1[O-]}. This is RDKit's
 * sanitization clean-up; without it such common notations would be rejected for valence.
 * Nitrogen carrying hydrogens is left alone (e.g. {@code O=N([O-])C} stays a valence error).
 */
final class ChargeSeparation {
    private ChargeSeparation() {
    }

    static void apply(IAtomContainer mol) {
        for (IAtom n : mol.atoms()) {
            if (n.getAtomicNumber() != 7 || charge(n) != 0 || hydrogens(n) != 0 || ValenceCheck.valence(mol, n) != 5) {
                continue;
            }
            for (IBond bond : mol.getConnectedBondsList(n)) {
                IAtom o = bond.getOther(n);
                if (bond.getOrder() == IBond.Order.DOUBLE && o.getAtomicNumber() == 8 && charge(o) == 0
                        && mol.getConnectedBondsCount(o) == 1) {
                    bond.setOrder(IBond.Order.SINGLE);
                    n.setFormalCharge(1);
                    o.setFormalCharge(-1);
                    break;
                }
            }
        }
    }

    private static int hydrogens(IAtom atom) {
        return atom.getImplicitHydrogenCount() == null ? 0 : atom.getImplicitHydrogenCount();
    }

    private static int charge(IAtom atom) {
        return atom.getFormalCharge() == null ? 0 : atom.getFormalCharge();
    }
}
