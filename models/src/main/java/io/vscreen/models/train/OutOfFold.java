package io.vscreen.models.train;

import java.util.Arrays;

import io.vscreen.models.ScoreBatch;
import io.vscreen.models.data.CrossValidation;
import io.vscreen.models.data.LabelledTable;
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
            int fold = f;
            int[] rows = cv.folds()[f];
            ScoreBatch s = pkg.members(e -> cv.foldOf(e) == fold).scoreInputs(table.features(rows), null);
            for (int i = 0; i < rows.length; i++) {
                int at = Arrays.binarySearch(pooled, rows[i]);
                mean[at] = s.mean()[i];
                std[at] = s.std()[i];
            }
        }
        float[] ad = new float[pooled.length];
        Arrays.fill(ad, Float.NaN);
        return new ScoreBatch(pkg.name(), pkg.tasks(), mean, std, ad, new String[pooled.length]);
    }
}
