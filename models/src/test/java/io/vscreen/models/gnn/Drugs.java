package io.vscreen.models.gnn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.vscreen.chem.MoleculeParser;
import io.vscreen.chem.StructureException;
import io.vscreen.chem.graph.MolGraph;
import io.vscreen.chem.graph.MolGraphEncoder;

/** Well-known drugs as graphs, for network tests. */
final class Drugs {

    static final Map<String, String> SMILES = new LinkedHashMap<>();

    static {
        SMILES.put("aspirin", "CC(=O)Oc1ccccc1C(=O)O");
        SMILES.put("caffeine", "Cn1cnc2c1c(=O)n(C)c(=O)n2C");
        SMILES.put("ibuprofen", "CC(C)Cc1ccc(cc1)C(C)C(=O)O");
        SMILES.put("paracetamol", "CC(=O)Nc1ccc(O)cc1");
        SMILES.put("imatinib", "Cc1ccc(NC(=O)c2ccc(CN3CCN(C)CC3)cc2)cc1Nc1nccc(-c2cccnc2)n1");
        SMILES.put("methane", "C");
        SMILES.put("cisplatin", "N.N.Cl[Pt]Cl");
        SMILES.put("atorvastatin", "CC(C)c1c(C(=O)Nc2ccccc2)c(-c2ccccc2)c(-c2ccc(F)cc2)n1CC[C@@H](O)C[C@@H](O)CC(=O)O");
    }

    private Drugs() {
    }

    static List<MolGraph> graphs() {
        MoleculeParser parser = new MoleculeParser();
        MolGraphEncoder encoder = new MolGraphEncoder();
        List<MolGraph> out = new ArrayList<>();
        try {
            for (String s : SMILES.values()) {
                out.add(encoder.encode(parser.parseSmiles(s)));
            }
        } catch (StructureException e) {
            throw new AssertionError(e);
        }
        return out;
    }
}
