package io.vscreen.models.data;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.graph.Cycles;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.openscience.cdk.smiles.SmiFlavor;
import org.openscience.cdk.smiles.SmilesGenerator;

/**
 * Bemis-Murcko scaffold key: ring systems and the linkers between them, side chains removed
 * (atoms doubly bonded to a ring atom, such as a carbonyl oxygen, are kept, as RDKit does),
 * written as a unique SMILES. Acyclic molecules share the empty key. Not thread-safe.
 */
public final class MurckoScaffold implements Function<IAtomContainer, String> {
    private final SmilesGenerator smiles = new SmilesGenerator(SmiFlavor.Unique);

    @Override
    public String apply(IAtomContainer molecule) {
        IAtomContainer m;
        try {
            m = molecule.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
        Cycles.markRingAtomsAndBonds(m);
        boolean changed = true;
        while (changed) {
            changed = false;
            List<IAtom> prune = new ArrayList<>();
            for (IAtom a : m.atoms()) {
                if (a.isInRing()) {
                    continue;
                }
                List<IBond> bonds = m.getConnectedBondsList(a);
                if (bonds.isEmpty()) {
                    prune.add(a);
                } else if (bonds.size() == 1) {
                    IBond bond = bonds.get(0);
                    IAtom other = bond.getOther(a);
                    boolean exocyclicDouble = bond.getOrder() == IBond.Order.DOUBLE && other.isInRing();
                    if (!exocyclicDouble) {
                        prune.add(a);
                    }
                }
            }
            for (IAtom a : prune) {
                for (IBond bond : m.getConnectedBondsList(a)) {
                    IAtom other = bond.getOther(a);
                    Integer h = other.getImplicitHydrogenCount();
                    other.setImplicitHydrogenCount((h == null ? 0 : h) + bond.getOrder().numeric());
                }
                m.removeAtom(a);
                changed = true;
            }
        }
        if (m.isEmpty()) {
            return "";
        }
        try {
            return smiles.create(m);
        } catch (CDKException e) {
            // an unusual ring system CDK cannot write: fall back to the whole molecule's formula-free size
            return "unwritable-scaffold:" + m.getAtomCount() + ":" + m.getBondCount();
        }
    }
}
