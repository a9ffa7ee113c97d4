package io.vscreen.chem.standardize;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.openscience.cdk.interfaces.IStereoElement;

/** The same molecule with its atoms and bonds in another order, for canonical-form tests. */
final class ShuffledAtoms {
    private ShuffledAtoms() {
    }

    /** A copy of mol with atoms and bonds in random order (stereo carried over). */
    static IAtomContainer of(IAtomContainer mol, Random random) {
        List<IAtom> atoms = new ArrayList<>();
        mol.atoms().forEach(atoms::add);
        Collections.shuffle(atoms, random);
        List<IBond> bonds = new ArrayList<>();
        mol.bonds().forEach(bonds::add);
        Collections.shuffle(bonds, random);
        IAtomContainer out = mol.getBuilder().newAtomContainer();
        Map<IAtom, IAtom> atomMap = new HashMap<>();
        Map<IBond, IBond> bondMap = new HashMap<>();
        for (IAtom a : atoms) {
            IAtom copy;
            try {
                copy = a.clone();
            } catch (CloneNotSupportedException e) {
                throw new IllegalStateException(e);
            }
            out.addAtom(copy);
            atomMap.put(a, out.getAtom(out.getAtomCount() - 1));
        }
        for (IBond b : bonds) {
            out.addBond(atomMap.get(b.getBegin()).getIndex(), atomMap.get(b.getEnd()).getIndex(), b.getOrder());
            IBond copy = out.getBond(out.getBondCount() - 1);
            copy.setIsAromatic(b.isAromatic());
            bondMap.put(b, copy);
        }
        for (IStereoElement<?, ?> se : mol.stereoElements()) {
            out.addStereoElement(se.map(atomMap, bondMap));
        }
        return out;
    }
}
