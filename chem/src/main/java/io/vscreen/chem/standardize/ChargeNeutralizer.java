package io.vscreen.chem.standardize;

import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;

/**
 * Neutralizes charges that an acid or a base carries, in the manner of the MolVS/RDKit
 * {@code Uncharger}:
 * <ul>
 *   <li>a positive atom that carries hydrogens and has no negative neighbour loses protons until
 *       neutral ({@code [NH3+]} becomes {@code NH2}, {@code [nH+]} becomes {@code n});</li>
 *   <li>a positive atom without hydrogens (quaternary ammonium, N-alkyl pyridinium) keeps its
 *       charge, and as many negative atoms as there are such charges stay charged to balance it
 *       (acid anions first), so betaines stay zwitterions;</li>
 *   <li>every other negative atom of a non-metal gains protons until neutral ({@code [O-]} becomes
 *       {@code OH}, tetrazolide becomes tetrazole, thiolate becomes thiol).</li>
 * </ul>
 * Charge pairs on neighbouring atoms ({@code [N+](=O)[O-]} nitro, N-oxides, ylides, azides) are
 * charge-separated representations of neutral groups and are never touched. Works in place on
 * implicit hydrogen counts.
 */
final class ChargeNeutralizer {

    /** Returns whether any charge was changed. */
    boolean neutralize(IAtomContainer mol) {
        boolean charged = false;
        for (IAtom a : mol.atoms()) {
            if (charge(a) != 0) {
                charged = true;
                break;
            }
        }
        if (!charged) {
            return false;
        }
        boolean changed = false;
        int fixedPositive = 0;
        for (IAtom a : mol.atoms()) {
            int q = charge(a);
            if (q <= 0 || hasOppositeNeighbour(mol, a, q) || isMetal(a)) {
                continue;
            }
            int h = hydrogens(a);
            if (h == 0) {
                fixedPositive += q;
                continue;
            }
            int removed = Math.min(q, h);
            a.setImplicitHydrogenCount(h - removed);
            a.setFormalCharge(q - removed);
            fixedPositive += q - removed;
            changed = true;
        }
        // negative atoms that balance quaternary charges: acid anions first, then the rest
        int keep = fixedPositive;
        if (keep > 0) {
            for (IAtom a : mol.atoms()) {
                if (keep > 0 && charge(a) < 0 && isAcidAnion(mol, a) && !hasOppositeNeighbour(mol, a, charge(a))) {
                    keep += charge(a);
                    a.setProperty(KEEP, Boolean.TRUE);
                }
            }
            for (IAtom a : mol.atoms()) {
                if (keep > 0 && charge(a) < 0 && a.getProperty(KEEP) == null
                        && !hasOppositeNeighbour(mol, a, charge(a))) {
                    keep += charge(a);
                    a.setProperty(KEEP, Boolean.TRUE);
                }
            }
        }
        for (IAtom a : mol.atoms()) {
            int q = charge(a);
            if (q >= 0 || !protonatable(a) || hasOppositeNeighbour(mol, a, q)) {
                continue;
            }
            if (a.getProperty(KEEP) != null) {
                a.removeProperty(KEEP);
                continue;
            }
            a.setImplicitHydrogenCount(hydrogens(a) - q);
            a.setFormalCharge(0);
            changed = true;
        }
        return changed;
    }

    private static final String KEEP = "io.vscreen.chem.standardize.keepCharge";

    private static int charge(IAtom a) {
        Integer q = a.getFormalCharge();
        return q == null ? 0 : q;
    }

    private static int hydrogens(IAtom a) {
        Integer h = a.getImplicitHydrogenCount();
        return h == null ? 0 : h;
    }

    private static boolean hasOppositeNeighbour(IAtomContainer mol, IAtom a, int q) {
        for (IAtom nbr : mol.getConnectedAtomsList(a)) {
            int nq = charge(nbr);
            if ((q > 0 && nq < 0) || (q < 0 && nq > 0)) {
                return true;
            }
        }
        return false;
    }

    /** An anion of an oxo acid ({@code [O-]C=O}, {@code [O-]P=O}, {@code [O-]S=O}) or a tetrazolide. */
    private static boolean isAcidAnion(IAtomContainer mol, IAtom a) {
        int z = a.getAtomicNumber();
        if (z == 8) {
            for (IAtom nbr : mol.getConnectedAtomsList(a)) {
                int nz = nbr.getAtomicNumber();
                if (nz == 6 || nz == 15 || nz == 16) {
                    for (var bond : mol.getConnectedBondsList(nbr)) {
                        IAtom other = bond.getOther(nbr);
                        if (other != a && other.getAtomicNumber() == 8
                                && bond.getOrder() == org.openscience.cdk.interfaces.IBond.Order.DOUBLE) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }
        return z == 7 && a.isAromatic();
    }

    /** Anions of these elements take protons; boranuide and metallates keep their charge. */
    private static boolean protonatable(IAtom a) {
        return switch (a.getAtomicNumber()) {
            case 6, 7, 8, 15, 16, 33, 34, 52 -> true;
            default -> false;
        };
    }

    /** Metals keep their charges (their salts are removed as fragments; complexes are left alone). */
    private static boolean isMetal(IAtom a) {
        int z = a.getAtomicNumber();
        return switch (z) {
            case 1, 2, 5, 6, 7, 8, 9, 10, 14, 15, 16, 17, 18, 32, 33, 34, 35, 36, 51, 52, 53, 54 -> false;
            default -> true;
        };
    }
}
