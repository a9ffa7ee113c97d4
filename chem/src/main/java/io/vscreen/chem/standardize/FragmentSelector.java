package io.vscreen.chem.standardize;

import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.graph.ConnectivityChecker;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IAtomContainerSet;
import org.openscience.cdk.interfaces.IBond;
import org.openscience.cdk.smiles.SmiFlavor;
import org.openscience.cdk.smiles.SmilesGenerator;

/**
 * Keeps the parent fragment of a multi-component record: among the fragments that contain carbon,
 * the one with most heavy atoms; if no fragment contains carbon, the largest fragment. Ties are
 * broken by the lexicographically smallest canonical SMILES, so the choice does not depend on
 * input order. Single-fragment molecules are returned unchanged (no copy).
 */
final class FragmentSelector {
    private final SmilesGenerator tieBreaker = new SmilesGenerator(SmiFlavor.Canonical);

    IAtomContainer largestOrganic(IAtomContainer mol) throws CDKException {
        int n = mol.getAtomCount();
        if (n < 2 || countComponents(mol) == 1) {
            return mol;
        }
        IAtomContainerSet parts = ConnectivityChecker.partitionIntoMolecules(mol);
        IAtomContainer best = null;
        boolean bestOrganic = false;
        int bestHeavy = -1;
        String bestSmiles = null;
        for (IAtomContainer part : parts.atomContainers()) {
            boolean organic = false;
            int heavy = 0;
            for (IAtom a : part.atoms()) {
                int z = a.getAtomicNumber();
                if (z > 1) {
                    heavy++;
                }
                if (z == 6) {
                    organic = true;
                }
            }
            int cmp;
            if (best == null) {
                cmp = 1;
            } else if (organic != bestOrganic) {
                cmp = organic ? 1 : -1;
            } else if (heavy != bestHeavy) {
                cmp = Integer.compare(heavy, bestHeavy);
            } else {
                if (bestSmiles == null) {
                    bestSmiles = tieBreaker.create(best);
                }
                String smi = tieBreaker.create(part);
                cmp = bestSmiles.compareTo(smi); // smaller SMILES wins
                if (cmp > 0) {
                    bestSmiles = smi;
                }
                if (cmp > 0) {
                    best = part;
                    bestOrganic = organic;
                    bestHeavy = heavy;
                }
                continue;
            }
            if (cmp > 0) {
                best = part;
                bestOrganic = organic;
                bestHeavy = heavy;
                bestSmiles = null;
            }
        }
        return best;
    }

    /** Connected components by union-find over atom indices (no container copies). */
    static int countComponents(IAtomContainer mol) {
        int n = mol.getAtomCount();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        int components = n;
        for (IBond b : mol.bonds()) {
            int x = find(parent, b.getBegin().getIndex());
            int y = find(parent, b.getEnd().getIndex());
            if (x != y) {
                parent[x] = y;
                components--;
            }
        }
        return components;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
