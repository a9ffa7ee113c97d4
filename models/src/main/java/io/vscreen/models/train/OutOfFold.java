package io.vscreen.models.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.vscreen.models.ScoreBatch;
import io.vscreen.models.data.CrossValidation;
import io.vscreen.models.data.LabelledTable;
import io.vscreen.models.features.ModelInput;
import io.vscreen.models.features.MoleculeFeatures;
import io.vscreen.models.pkg.HeadEnsemble;
import io.vscreen.models.pkg.ModelPackage;

/**
 * Out-of-fold scores of a cross-validated package: each pooled row scored by the ensemble of the
 * members that stopped early on its fold and never learned from it, with the package's stored
 * weights, so the validation figures describe compounds each score's members had not seen.
 */
final class OutOfFold {
    private OutOfFold() {
    }

    /**
     * Scores {@code cv.pooled()} rows of {@code table}, in that order.
     *
     * @param pkg a package whose member {@code e} of every head stopped early on fold {@code cv.foldOf(e)}
     */
    static ScoreBatch scores(ModelPackage pkg, CrossValidation cv, LabelledTable table) {
        int[] pooled = cv.pooled();
        int nt = pkg.tasks().size();
        float[][] mean = new float[pooled.length][nt];
        float[][] std = new float[pooled.length][nt];
        for (int f = 0; f < cv.k(); f++) {
            int[] fold = cv.folds()[f];
            List<ModelInput> inputs = new ArrayList<>(fold.length);
            for (MoleculeFeatures mf : table.features(fold)) {
                inputs.add(pkg.manifest().featurizer().input(mf));
            }
            float[][] foldMean = new float[fold.length][nt];
            float[][] foldStd = new float[fold.length][nt];
            int offset = 0;
            for (HeadEnsemble head : pkg.heads()) {
                List<io.vscreen.models.nn.Mlp> members = new ArrayList<>();
                for (int e = 0; e < head.members().size(); e++) {
                    if (cv.foldOf(e) == f) {
                        members.add(head.members().get(e));
                    }
                }
                new HeadEnsemble(head.head(), members).predict(inputs, foldMean, foldStd, offset);
                offset += head.tasks();
            }
            for (int i = 0; i < fold.length; i++) {
                int at = Arrays.binarySearch(pooled, fold[i]);
                mean[at] = foldMean[i];
                std[at] = foldStd[i];
            }
        }
        float[] ad = new float[pooled.length];
        Arrays.fill(ad, Float.NaN);
        return new ScoreBatch(pkg.name(), pkg.tasks(), mean, std, ad, new String[pooled.length]);
    }
}
