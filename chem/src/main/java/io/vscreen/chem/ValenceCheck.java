package io.vscreen.chem;

import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;

/**
 * Rejects atoms whose total valence (bond orders plus hydrogens) exceeds what the element permits
 * in its charge state, as RDKit's sanitization does. A charged atom is judged like its
 * isoelectronic neutral neighbour (N+ like C, O- like F, S+ like P). Metals and elements outside
 * the table are not checked.
 */
final class ValenceCheck {
    /** Largest permitted valence by atomic number (0 = not checked). */
    private static final int[] MAX = new int[120];

    static {
        MAX[1] = 1;   // H
        MAX[5] = 3;   // B
        MAX[6] = 4;   // C
        MAX[7] = 3;   // N (N-oxides and nitro groups are written charge-separated)
        MAX[8] = 2;   // O
        MAX[9] = 1;   // F
        MAX[14] = 4;  // Si
        MAX[15] = 7;  // P
        MAX[16] = 6;  // S
        MAX[17] = 1;  // Cl
        MAX[32] = 4;  // Ge
        MAX[33] = 7;  // As
        MAX[34] = 6;  // Se
        MAX[35] = 1;  // Br
        MAX[52] = 6;  // Te
        MAX[53] = 5;  // I
    }

    private static final int[] CHECKED = {1, 5, 6, 7, 8, 9, 14, 15, 16, 17, 32, 33, 34, 35, 52, 53};

    private ValenceCheck() {
    }

    static void check(IAtomContainer mol) throws StructureException {
        for (IAtom atom : mol.atoms()) {
            int z = atom.getAtomicNumber();
            if (!isChecked(z)) {
                continue;
            }
            int charge = atom.getFormalCharge() == null ? 0 : atom.getFormalCharge();
            int effective = z - charge;
            if (effective <= 0 || effective >= MAX.length || MAX[effective] == 0) {
                continue;
            }
            int valence = valence(mol, atom);
            if (valence > MAX[effective]) {
                throw new StructureException("valence " + valence + " on " + atom.getSymbol()
                        + (charge != 0 ? chargeLabel(charge) : "") + " at atom " + (atom.getIndex() + 1));
            }
        }
    }

    private static boolean isChecked(int z) {
        for (int c : CHECKED) {
            if (c == z) {
                return true;
            }
        }
        return false;
    }

    static int valence(IAtomContainer mol, IAtom atom) {
        int v = atom.getImplicitHydrogenCount() == null ? 0 : atom.getImplicitHydrogenCount();
        for (IBond bond : mol.getConnectedBondsList(atom)) {
            IBond.Order order = bond.getOrder();
            v += (order == null || order == IBond.Order.UNSET) ? 1 : order.numeric();
        }
        return v;
    }

    private static String chargeLabel(int charge) {
        String sign = charge > 0 ? "+" : "-";
        return Math.abs(charge) == 1 ? sign : Math.abs(charge) + sign;
    }
}
