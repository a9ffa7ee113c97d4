package io.vscreen.screening.batch;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.inject.Named;

import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.inchi.InChIGenerator;
import org.openscience.cdk.inchi.InChIGeneratorFactory;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.smiles.SmiFlavor;
import org.openscience.cdk.smiles.SmilesGenerator;

import io.github.dan2097.jnainchi.InchiStatus;
import io.vscreen.chem.MoleculeParser;
import io.vscreen.chem.StructureException;

/**
 * The chemistry of the scoring step: parses a record's structure and gives the compound its
 * canonical SMILES and InChIKey, or turns the record into a reject with the reason. One
 * instance per partition (CDK parsers are not thread-safe).
 */
@Named("compoundPreparation")
public class CompoundPreparation implements ItemProcessor {

    private final MoleculeParser parser = new MoleculeParser();
    private final SmilesGenerator smiles = new SmilesGenerator(SmiFlavor.Absolute);

    @Override
    public Object processItem(Object item) throws Exception {
        InputRecord in = (InputRecord) item;
        try {
            IAtomContainer mol = parser.parseSmiles(in.smiles());
            String canonical = smiles.create(mol);
            String key = inchiKey(mol);
            return new Processed.Prepared(in.record(), in.library(), in.id(), canonical, key, mol);
        } catch (StructureException e) {
            return new Processed.Rejected(in.record(), in.library(), in.id(), in.raw(), e.reason());
        } catch (CDKException | RuntimeException e) {
            return new Processed.Rejected(in.record(), in.library(), in.id(), in.raw(),
                    "cannot standardize: " + e.getMessage());
        }
    }

    private static String inchiKey(IAtomContainer mol) throws CDKException, StructureException {
        InChIGenerator gen = InChIGeneratorFactory.getInstance().getInChIGenerator(mol);
        if (gen.getStatus() == InchiStatus.ERROR) {
            throw new StructureException("no InChI: " + gen.getMessage());
        }
        return gen.getInchiKey();
    }
}
