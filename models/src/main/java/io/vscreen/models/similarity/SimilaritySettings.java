package io.vscreen.models.similarity;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The settings file of a similarity head ({@code similarity.json}).
 *
 * @param topK how many of the nearest actives are averaged into the score
 * @param activesFile package-relative path of the actives' SMILES file
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SimilaritySettings(int topK, String activesFile) {
    /** Package-relative path of the settings file. */
    public static final String FILE = "similarity.json";
}
