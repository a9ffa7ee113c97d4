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
 * (atoms doubly bonded to a ring or linker atom, such as a carbonyl oxygen, are kept, as RDKit does),
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
        // the core: repeatedly strip non-ring atoms with at most one neighbour left
        java.util.Set<IAtom> core = new java.util.HashSet<>();
        m.atoms().forEach(core::add);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (IAtom a : new ArrayList<>(core)) {
                if (a.isInRing()) {
                    continue;
                }
                int degree = 0;
                for (IAtom nb : m.getConnectedAtomsList(a)) {
                    if (core.contains(nb)) {
                        degree++;
                    }
                }
                if (degree <= 1) {
                    core.remove(a);
                    changed = true;
                }
            }
        }
        // keep terminal atoms doubly bonded to the core (carbonyl oxygens and the like)
        java.util.Set<IAtom> keep = new java.util.HashSet<>(core);
        for (IAtom a : m.atoms()) {
            if (!core.contains(a) && m.getConnectedBondsCount(a) == 1) {
                IBond bond = m.getConnectedBondsList(a).get(0);
                if (bond.getOrder() == IBond.Order.DOUBLE && core.contains(bond.getOther(a))) {
                    keep.add(a);
                }
            }
        }
        if (core.isEmpty()) {
            return "";
        }
        List<IAtom> prune = new ArrayList<>();
        for (IAtom a : m.atoms()) {
            if (!keep.contains(a)) {
                prune.add(a);
            }
        }
        for (IAtom a : prune) {
            for (IBond bond : m.getConnectedBondsList(a)) {
                IAtom other = bond.getOther(a);
                if (keep.contains(other)) {
                    Integer h = other.getImplicitHydrogenCount();
                    other.setImplicitHydrogenCount((h == null ? 0 : h) + bond.getOrder().numeric());
                }
            }
        }
        for (IAtom a : prune) {
            m.removeAtom(a);
        }
        if (m.isEmpty()) {
            return "";
        }
        try {
            return smiles.create(m);
        } catch (CDKException e) {
            // a ring system CDK cannot write as SMILES: fall back to a size signature
            return "unwritable-scaffold:" + m.getAtomCount() + ":" + m.getBondCount();
        }
    }
}
