package io.vscreen.reports.rank;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * How a screen is ranked: desirability and weight per score column, the uncertainty and
 * applicability-domain penalties, hard filters, the size of the selection and its diversity.
 * Immutable; every field has a documented default, so {@code {}} is a valid configuration.
 * Loaded from JSON with {@link #load(Path)}; see {@code example-screen.json} beside this class
 * and the README for the format.
 *
 * @param rank                composite (weighted geometric mean of desirabilities) or pareto
 * @param topN                number of compounds selected for top.sdf and the report (default 50)
 * @param scores              per score column key {@code <model>.<task>}: desirability and weight;
 *                            columns not listed take the defaults of their role
 * @param uncertainty         penalty on the ensemble spread of each ranked score
 * @param applicabilityDomain penalty on low similarity to a model's training set
 * @param pareto              objectives of the Pareto ranking
 * @param filters             hard filters (filtered compounds stay in ranked.csv with the reason)
 * @param diversity           diversity of the selected top N
 */
public record RankingConfig(RankMode rank, Integer topN, Map<String, ScoreSpec> scores,
                            Penalty uncertainty, Penalty applicabilityDomain, Pareto pareto,
                            Filters filters, Diversity diversity) {

    /** Default uncertainty penalty: none below a spread of 0.05, halved at 0.30 and above. */
    public static final Penalty DEFAULT_UNCERTAINTY = new Penalty(0.05, 0.30, 0.5, 1.0);
    /** Default applicability-domain penalty: halved below similarity 0.20, none above 0.50. */
    public static final Penalty DEFAULT_APPLICABILITY = new Penalty(0.20, 0.50, 0.5, 1.0);

    public RankingConfig {
        rank = rank == null ? RankMode.COMPOSITE : rank;
        topN = topN == null ? 50 : topN;
        if (topN < 0) {
            throw new IllegalArgumentException("topN must be >= 0, got " + topN);
        }
        scores = scores == null ? Map.of() : Map.copyOf(scores);
        uncertainty = uncertainty == null ? DEFAULT_UNCERTAINTY : uncertainty;
        applicabilityDomain = applicabilityDomain == null ? DEFAULT_APPLICABILITY : applicabilityDomain;
        pareto = pareto == null ? new Pareto(null) : pareto;
        filters = filters == null ? new Filters(null, null, null, null) : filters;
        diversity = diversity == null ? new Diversity(null, null, null, null) : diversity;
    }

    /** All defaults. */
    public static RankingConfig defaults() {
        return new RankingConfig(null, null, null, null, null, null, null, null);
    }

    /** Reads a configuration file; errors name the file and the offending field. */
    public static RankingConfig load(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (JsonMappingException e) {
            throw new IOException("invalid ranking configuration " + file + ": " + e.getOriginalMessage()
                    + " at " + e.getPathReference(), e);
        }
    }

    /** Reads a configuration from a JSON stream. */
    public static RankingConfig read(InputStream in) throws IOException {
        return mapper().readValue(in, RankingConfig.class);
    }

    /** Parses a configuration from JSON text. */
    public static RankingConfig parse(String json) throws IOException {
        return mapper().readValue(json, RankingConfig.class);
    }

    private static ObjectMapper mapper() {
        return new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    }

    public RankingConfig withRank(RankMode mode) {
        return new RankingConfig(mode, topN, scores, uncertainty, applicabilityDomain, pareto, filters, diversity);
    }

    public RankingConfig withTopN(int n) {
        return new RankingConfig(rank, n, scores, uncertainty, applicabilityDomain, pareto, filters, diversity);
    }

    public RankingConfig withScores(Map<String, ScoreSpec> specs) {
        return new RankingConfig(rank, topN, specs, uncertainty, applicabilityDomain, pareto, filters, diversity);
    }

    public RankingConfig withPenalties(Penalty unc, Penalty ad) {
        return new RankingConfig(rank, topN, scores, unc, ad, pareto, filters, diversity);
    }

    public RankingConfig withFilters(Filters f) {
        return new RankingConfig(rank, topN, scores, uncertainty, applicabilityDomain, pareto, f, diversity);
    }

    public RankingConfig withDiversity(Diversity d) {
        return new RankingConfig(rank, topN, scores, uncertainty, applicabilityDomain, pareto, filters, d);
    }

    public RankingConfig withPareto(Pareto p) {
        return new RankingConfig(rank, topN, scores, uncertainty, applicabilityDomain, p, filters, diversity);
    }

    /** Composite score or Pareto fronts. */
    public enum RankMode {
        COMPOSITE, PARETO;

        @JsonCreator
        public static RankMode of(String s) {
            return valueOf(s.trim().toUpperCase(Locale.ROOT));
        }

        @JsonValue
        public String json() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * Desirability and weight of one score column. Absent fields take the defaults of the
     * column's role (see {@link ScoringPlan}).
     *
     * @param desirability ramp or sigmoid
     * @param direction    up (higher is better) or down
     * @param low          lower bound of the transition
     * @param high         upper bound of the transition
     * @param weight       weight in the geometric mean (0 = reported, not ranked)
     */
    public record ScoreSpec(@JsonProperty("desirability") String desirability,
                            @JsonProperty("direction") String direction,
                            @JsonProperty("low") Double low, @JsonProperty("high") Double high,
                            @JsonProperty("weight") Double weight) {
        public ScoreSpec {
            if (weight != null && !(weight >= 0)) {
                throw new IllegalArgumentException("weight must be >= 0, got " + weight);
            }
            if (desirability != null && !List.of("RAMP", "SIGMOID").contains(desirability.toUpperCase(Locale.ROOT))) {
                throw new IllegalArgumentException("desirability must be ramp or sigmoid, got '" + desirability + "'");
            }
            if (direction != null && !List.of("UP", "DOWN").contains(direction.toUpperCase(Locale.ROOT))) {
                throw new IllegalArgumentException("direction must be up or down, got '" + direction + "'");
            }
        }
    }

    /**
     * A penalty term: a downward (uncertainty) or upward (applicability domain) ramp between
     * {@code low} and {@code high} lifted onto [floor, 1], entering the geometric mean with
     * {@code weight} once per ranked score column.
     */
    public record Penalty(@JsonProperty("low") double low, @JsonProperty("high") double high,
                          @JsonProperty("floor") double floor, @JsonProperty("weight") double weight) {
        public Penalty {
            if (!(low < high) || !(floor >= 0 && floor < 1) || !(weight >= 0)) {
                throw new IllegalArgumentException("penalty needs low < high, floor in [0,1), weight >= 0: "
                        + low + ", " + high + ", " + floor + ", " + weight);
            }
        }

        /** No penalty. */
        public static Penalty none() {
            return new Penalty(0, 1, 0, 0);
        }
    }

    /** Objectives of the Pareto ranking: score column keys; default: every ranked column. */
    public record Pareto(@JsonProperty("objectives") List<String> objectives) {
        public Pareto {
            objectives = objectives == null ? List.of() : List.copyOf(objectives);
        }
    }

    /**
     * Hard filters.
     *
     * @param maxLipinskiViolations compounds with more violations are filtered (default: no filter)
     * @param rejectAlerts          filter compounds with any structural alert (default false)
     * @param alertPrefixes         if non-empty, only alerts whose name starts with one of these
     *                              filter (e.g. {@code "PAINS"})
     * @param ranges                descriptor name to allowed [min, max] (either may be null)
     */
    public record Filters(@JsonProperty("maxLipinskiViolations") Integer maxLipinskiViolations,
                          @JsonProperty("rejectAlerts") Boolean rejectAlerts,
                          @JsonProperty("alertPrefixes") List<String> alertPrefixes,
                          @JsonProperty("ranges") Map<String, Range> ranges) {
        public Filters {
            rejectAlerts = rejectAlerts != null && rejectAlerts;
            alertPrefixes = alertPrefixes == null ? List.of() : List.copyOf(alertPrefixes);
            ranges = ranges == null ? Map.of() : Map.copyOf(ranges);
        }

        public static Filters none() {
            return new Filters(null, null, null, null);
        }
    }

    /** An allowed descriptor interval; a null end is open. */
    public record Range(@JsonProperty("min") Double min, @JsonProperty("max") Double max) {
    }

    /**
     * Diversity of the selected top N.
     *
     * @param method         none, sphere (sphere exclusion in rank order) or maxmin
     * @param threshold      ECFP4 Tanimoto similarity at or above which two compounds are too
     *                       similar to be selected together, and the radius of a cluster
     *                       (default 0.55)
     * @param maxPerScaffold at most this many selected compounds per Murcko scaffold (default 0 =
     *                       no limit)
     * @param pool           maxmin only: number of best-ranked compounds it picks from
     *                       (default 20 x topN)
     */
    public record Diversity(@JsonProperty("method") DiversityMethod method,
                            @JsonProperty("threshold") Double threshold,
                            @JsonProperty("maxPerScaffold") Integer maxPerScaffold,
                            @JsonProperty("pool") Integer pool) {
        public Diversity {
            method = method == null ? DiversityMethod.NONE : method;
            threshold = threshold == null ? 0.55 : threshold;
            maxPerScaffold = maxPerScaffold == null ? 0 : maxPerScaffold;
            if (!(threshold > 0 && threshold <= 1)) {
                throw new IllegalArgumentException("diversity threshold must be in (0, 1], got " + threshold);
            }
            if (maxPerScaffold < 0 || (pool != null && pool < 1)) {
                throw new IllegalArgumentException("maxPerScaffold must be >= 0 and pool >= 1");
            }
        }

        public static Diversity of(DiversityMethod method, double threshold, int maxPerScaffold) {
            return new Diversity(method, threshold, maxPerScaffold, null);
        }
    }

    /** Diversity selection method. */
    public enum DiversityMethod {
        NONE, SPHERE, MAXMIN;

        @JsonCreator
        public static DiversityMethod of(String s) {
            return valueOf(s.trim().toUpperCase(Locale.ROOT).replace("-", "").replace("_", "")
                    .replace("SPHEREEXCLUSION", "SPHERE"));
        }

        @JsonValue
        public String json() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
