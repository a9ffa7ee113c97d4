package io.vscreen.chem.scaffold;

import org.openscience.cdk.aromaticity.Aromaticity;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.graph.Cycles;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.openscience.cdk.interfaces.IChemObjectBuilder;
import org.openscience.cdk.silent.SilentChemObjectBuilder;
import org.openscience.cdk.smiles.SmiFlavor;
import org.openscience.cdk.smiles.SmilesGenerator;

import io.vscreen.chem.StructureException;
import io.vscreen.chem.graph.HeavyAtomGraph;

/**
 * Bemis-Murcko scaffolds (J. Med. Chem. 1996, 39, 2887) as canonical SMILES.
 *
 * <p><b>{@link #murcko}</b> keeps every ring atom and every linker atom (the atoms left after
 * repeatedly pruning non-ring atoms with at most one remaining neighbour), plus, as RDKit's
 * {@code MurckoScaffold} does, any atom joined to a kept atom by a double bond (carbonyl O,
 * exocyclic =CH2 or =N, sulfonyl O), without that atom's own substituents. Atoms that lose
 * substituents take hydrogens in their place (N-methylpyrrole gives pyrrole, {@code [nH]}).
 * Charges are kept; stereo and isotope labels are dropped, like RDKit's
 * {@code MurckoScaffoldSmiles} default. Acyclic molecules give {@code ""}; several ring-bearing
 * fragments give a dotted SMILES.
 *
 * <p><b>{@link #generic}</b> is the graph framework of the same paper: ring and linker atoms only
 * (no exocyclic double-bonded atoms), every atom a carbon, every bond single. It differs from
 * RDKit's {@code MakeScaffoldGeneric(GetScaffoldForMol(m))}, which keeps the exocyclic atoms as
 * methyl carbons ({@code O=C1CCCCC1} gives {@code C1CCCCC1} here, {@code CC1CCCCC1} there).
 *
 * <p>Output is CDK canonical SMILES with aromatic symbols (aromaticity perceived afresh with the
 * Daylight model), so equal scaffolds give equal strings whatever the input atom order. Not
 * thread-safe: one instance per thread.
 */
public final class Scaffolds {

    private final IChemObjectBuilder builder = SilentChemObjectBuilder.getInstance();
    private final SmilesGenerator smiles = new SmilesGenerator(SmiFlavor.Canonical | SmiFlavor.UseAromaticSymbols);
    private final Aromaticity aromaticity = new Aromaticity(Aromaticity.Model.Daylight,
            Cycles.or(Cycles.all(), Cycles.relevant()));

    /**
     * The Bemis-Murcko scaffold of a parsed molecule, or {@code ""} when it has no ring.
     *
     * @throws StructureException if the molecule lacks hydrogen counts or its scaffold cannot be
     *                            written
     */
    public String murcko(IAtomContainer mol) throws StructureException {
        HeavyAtomGraph g = HeavyAtomGraph.withoutAromaticity(mol);
        boolean[] keep = framework(g);
        if (keep == null) {
            return "";
        }
        boolean[] take = keep.clone();
        for (int i = 0; i < g.atomCount(); i++) {
            if (keep[i]) {
                continue;
            }
            for (int k = 0; k < g.degree(i); k++) {
                if (keep[g.neighbor(i, k)] && g.kekuleOrder(g.neighborBond(i, k)) == 2) {
                    take[i] = true;
                    break;
                }
            }
        }
        return write(build(g, take, false));
    }

    /** The generic graph framework (all carbon, all single bonds), or {@code ""} without rings. */
    public String generic(IAtomContainer mol) throws StructureException {
        HeavyAtomGraph g = HeavyAtomGraph.withoutAromaticity(mol);
        boolean[] keep = framework(g);
        if (keep == null) {
            return "";
        }
        return write(build(g, keep, true));
    }

    /** Ring and linker atoms, or null when there is no ring. */
    static boolean[] framework(HeavyAtomGraph g) {
        int n = g.atomCount();
        boolean anyRing = false;
        boolean[] keep = new boolean[n];
        int[] degree = new int[n];
        int[] queue = new int[n];
        int tail = 0;
        for (int i = 0; i < n; i++) {
            keep[i] = true;
            degree[i] = g.degree(i);
            if (g.atomInRing(i)) {
                anyRing = true;
            } else if (degree[i] <= 1) {
                queue[tail++] = i;
            }
        }
        if (!anyRing) {
            return null;
        }
        // each atom enters the queue once: when its remaining degree first drops to 1 (or starts <= 1)
        for (int head = 0; head < tail; head++) {
            int i = queue[head];
            keep[i] = false;
            for (int k = 0; k < g.degree(i); k++) {
                int j = g.neighbor(i, k);
                if (keep[j] && !g.atomInRing(j)) {
                    if (--degree[j] == 1) {
                        queue[tail++] = j;
                    }
                } else if (keep[j]) {
                    degree[j]--;
                }
            }
        }
        return keep;
    }

    private IAtomContainer build(HeavyAtomGraph g, boolean[] take, boolean generic) {
        int n = g.atomCount();
        int[] index = new int[n];
        IAtomContainer out = builder.newAtomContainer();
        int[] hydrogens = new int[n];
        for (int i = 0; i < n; i++) {
            index[i] = -1;
            if (!take[i]) {
                continue;
            }
            IAtom src = g.atom(i);
            IAtom a = builder.newAtom();
            a.setAtomicNumber(generic ? 6 : src.getAtomicNumber());
            a.setSymbol(generic ? "C" : src.getSymbol());
            a.setFormalCharge(generic ? 0 : g.charge(i));
            index[i] = out.getAtomCount();
            out.addAtom(a);
            hydrogens[i] = g.hydrogenCount(i);
        }
        int[] keptValence = new int[n];
        for (int b = 0; b < g.bondCount(); b++) {
            int u = g.bondBegin(b);
            int v = g.bondEnd(b);
            int order = g.kekuleOrder(b);
            if (take[u] && take[v]) {
                IBond.Order o = generic ? IBond.Order.SINGLE : g.bond(b).getOrder();
                out.addBond(index[u], index[v], o);
                keptValence[u] += generic ? 1 : order;
                keptValence[v] += generic ? 1 : order;
            } else if (take[u] ^ take[v]) {
                // a substituent is cut: its bond order comes back as hydrogens
                hydrogens[take[u] ? u : v] += order;
            }
        }
        for (int i = 0; i < n; i++) {
            if (take[i]) {
                int h = generic ? Math.max(0, 4 - keptValence[i]) : hydrogens[i];
                out.getAtom(index[i]).setImplicitHydrogenCount(h);
            }
        }
        return out;
    }

    private String write(IAtomContainer scaffold) throws StructureException {
        try {
            aromaticity.apply(scaffold);
            return smiles.create(scaffold);
        } catch (CDKException e) {
            throw new StructureException("scaffold could not be written: " + e.getMessage(), e);
        }
    }
}
