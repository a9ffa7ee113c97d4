package io.vscreen.reports;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.vscreen.chem.fingerprints.Fingerprint;

/**
 * One scored compound as the ranking and the outputs see it: identity, structure, descriptors,
 * alerts, scaffold, fingerprint and the models' scores. Built by the screening job from its own
 * records (use {@link #builder(long, String)}); the reports module needs nothing else.
 *
 * @param record      record number in the library (1-based, as in rejects), the input order
 * @param id          compound identifier from the library (or a generated one)
 * @param source      library file (or other origin) the compound came from
 * @param smiles      canonical SMILES; atom indices in {@link AlertHit} refer to its atom order
 * @param inchikey    standard InChIKey, or empty
 * @param descriptors descriptor values by name, see {@link Descriptors#REPORTED}
 * @param alerts      structural alerts found
 * @param scaffold    Bemis-Murcko scaffold SMILES (empty for acyclic compounds)
 * @param ecfp4       ECFP4 fingerprint, used for diversity and explanations (may be null when
 *                    diversity selection is off)
 * @param scores      scores by column key {@code <model>.<task>}
 */
public record Candidate(long record, String id, String source, String smiles, String inchikey,
                        Map<String, Double> descriptors, List<AlertHit> alerts, String scaffold,
                        Fingerprint ecfp4, Map<String, Score> scores) {

    public Candidate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(smiles, "smiles");
        source = source == null ? "" : source;
        inchikey = inchikey == null ? "" : inchikey;
        scaffold = scaffold == null ? "" : scaffold;
        descriptors = NameMap.copyOf(descriptors);
        alerts = List.copyOf(alerts == null ? List.of() : alerts);
        scores = NameMap.copyOf(scores);
    }

    /** A descriptor value, NaN when absent. */
    public double descriptor(String name) {
        Double v = descriptors.get(name);
        return v == null ? Double.NaN : v;
    }

    /** The score for a column, {@link Score#missing()} when the model gave none. */
    public Score score(String columnKey) {
        Score s = scores.get(columnKey);
        return s == null ? Score.missing() : s;
    }

    public static Builder builder(long record, String id) {
        return new Builder(record, id);
    }

    /** Step-by-step construction of a {@link Candidate}. */
    public static final class Builder {
        private final long record;
        private final String id;
        private String source = "";
        private String smiles = "";
        private String inchikey = "";
        private final NameMap.Builder<Double> descriptors = new NameMap.Builder<>(16);
        private List<AlertHit> alerts = List.of();
        private String scaffold = "";
        private Fingerprint ecfp4;
        private final NameMap.Builder<Score> scores = new NameMap.Builder<>(16);

        private Builder(long record, String id) {
            this.record = record;
            this.id = id;
        }

        public Builder source(String source) {
            this.source = source;
            return this;
        }

        public Builder smiles(String smiles) {
            this.smiles = smiles;
            return this;
        }

        public Builder inchikey(String inchikey) {
            this.inchikey = inchikey;
            return this;
        }

        public Builder descriptor(String name, double value) {
            descriptors.put(name, value);
            return this;
        }

        public Builder descriptors(Map<String, Double> values) {
            values.forEach(descriptors::put);
            return this;
        }

        public Builder alerts(List<AlertHit> alerts) {
            this.alerts = alerts;
            return this;
        }

        public Builder scaffold(String scaffold) {
            this.scaffold = scaffold;
            return this;
        }

        public Builder ecfp4(Fingerprint ecfp4) {
            this.ecfp4 = ecfp4;
            return this;
        }

        public Builder score(String columnKey, Score score) {
            scores.put(columnKey, score);
            return this;
        }

        public Builder score(ScoreColumn column, double value, double std, double adSimilarity) {
            return score(column.key(), new Score(value, std, adSimilarity));
        }

        public Candidate build() {
            return new Candidate(record, id, source, smiles, inchikey, descriptors.build(), alerts, scaffold, ecfp4,
                    scores.build());
        }
    }
}
