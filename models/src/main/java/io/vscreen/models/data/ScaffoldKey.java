package io.vscreen.models.data;

import io.vscreen.chem.StructureException;
import io.vscreen.chem.scaffold.Scaffolds;
import org.openscience.cdk.interfaces.IAtomContainer;

/** Groups molecules for a scaffold split: the key of one parsed molecule. */
@FunctionalInterface
public interface ScaffoldKey {

    /**
     * The molecule's group key.
     *
     * @throws StructureException if the key cannot be computed (the row is then rejected)
     */
    String of(IAtomContainer molecule) throws StructureException;

    /**
     * Bemis-Murcko scaffolds from {@link Scaffolds#murcko}; acyclic molecules share the key
     * {@code ""}. Not thread-safe (one per reading thread).
     */
    static ScaffoldKey murcko() {
        Scaffolds scaffolds = new Scaffolds();
        return scaffolds::murcko;
    }
}
