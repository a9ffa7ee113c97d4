package io.vscreen.reports.rank;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.vscreen.reports.ScoreColumn;

/**
 * The resolved composite score of a screen: one {@link Term} per ranked score column plus its
 * uncertainty and applicability-domain penalties. Each ranked column c contributes the factor
 * {@code d_c = d(value) * u(std)^pu * a(ad)^pa} (the penalties multiply the column's
 * desirability, {@code pu} and {@code pa} being the penalty weights), and the factors are
 * combined as a weighted geometric mean {@code exp(sum(w_c * ln d_c) / sum(w_c))} (as in
 * Bickerton's QED and MPO scores); a zero desirability makes the composite zero. A confident
 * in-domain compound therefore scores exactly its plain MPO value.
 *
 * <p>Defaults for columns the configuration does not list (documented in the README):
 * <ul>
 *   <li>efficacy probability: sigmoid up between 0.3 and 0.8, weight 1;</li>
 *   <li>toxicity probability: sigmoid down between 0.2 and 0.6; the toxicity columns share weight 1
 *       (each gets 1 / number of toxicity columns);</li>
 *   <li>regression scores: the same shapes with bounds at the 5th and 95th percentile of the
 *       screened library;</li>
 *   <li>property columns: weight 0 (reported, not ranked).</li>
 * </ul>
 * Each ranked column also brings a downward ramp on its ensemble spread and an upward ramp on its
 * applicability-domain similarity ({@link RankingConfig#uncertainty()},
 * {@link RankingConfig#applicabilityDomain()}), each with a floor so that it scales the score
 * down rather than vetoing it. For regression columns the spread bounds are multiplied by the column's transition
 * width. A missing spread or similarity carries no penalty; a missing score value has
 * desirability 0.
 */
public final class ScoringPlan {

    /** What a term reads from a score column. */
    public enum Source { VALUE, STD, AD_SIMILARITY }

    /**
     * One factor of the geometric mean.
     *
     * @param column       index into the table's columns
     * @param source       which part of the score it reads
     * @param desirability the curve
     * @param weight       exponent weight (> 0)
     */
    public record Term(int column, Source source, Desirability desirability, double weight) {
    }

    private final List<ScoreColumn> columns;
    private final List<Term> terms;
    private final Desirability[] valueDesirability;
    private final double totalWeight;

    private ScoringPlan(List<ScoreColumn> columns, List<Term> terms, Desirability[] valueDesirability) {
        this.columns = columns;
        this.terms = List.copyOf(terms);
        this.valueDesirability = valueDesirability;
        this.totalWeight = terms.stream().filter(t -> t.source() == Source.VALUE).mapToDouble(Term::weight).sum();
    }

    /** Resolves the configuration against the table's columns (and its value distribution). */
    public static ScoringPlan resolve(RankingConfig config, RankTable table) {
        List<ScoreColumn> columns = table.columns();
        for (String key : config.scores().keySet()) {
            if (table.columnIndex(key) < 0) {
                throw new IllegalArgumentException("ranking configuration names score '" + key
                        + "' but the models give " + columns.stream().map(ScoreColumn::key).toList());
            }
        }
        long toxicityColumns = columns.stream().filter(c -> c.role() == ScoreColumn.Role.TOXICITY).count();
        List<Term> terms = new ArrayList<>();
        Desirability[] curves = new Desirability[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            ScoreColumn col = columns.get(i);
            RankingConfig.ScoreSpec spec = config.scores().get(col.key());
            Desirability d = curve(col, spec, table, i);
            curves[i] = d;
            double weight = spec != null && spec.weight() != null ? spec.weight() : defaultWeight(col, toxicityColumns);
            if (weight <= 0) {
                continue;
            }
            terms.add(new Term(i, Source.VALUE, d, weight));
            RankingConfig.Penalty u = config.uncertainty();
            if (u.weight() > 0) {
                double scale = col.kind() == ScoreColumn.Kind.REGRESSION ? d.high() - d.low() : 1;
                terms.add(new Term(i, Source.STD, new Desirability(Desirability.Shape.RAMP,
                        Desirability.Direction.DOWN, u.low() * scale, u.high() * scale, u.floor()), u.weight() * weight));
            }
            RankingConfig.Penalty ad = config.applicabilityDomain();
            if (ad.weight() > 0) {
                terms.add(new Term(i, Source.AD_SIMILARITY, new Desirability(Desirability.Shape.RAMP,
                        Desirability.Direction.UP, ad.low(), ad.high(), ad.floor()), ad.weight() * weight));
            }
        }
        return new ScoringPlan(columns, terms, curves);
    }

    private static double defaultWeight(ScoreColumn col, long toxicityColumns) {
        return switch (col.role()) {
            case EFFICACY -> 1.0;
            case TOXICITY -> 1.0 / toxicityColumns;
            case PROPERTY -> 0.0;
        };
    }

    private static Desirability curve(ScoreColumn col, RankingConfig.ScoreSpec spec, RankTable table, int column) {
        Desirability.Shape shape = spec != null && spec.desirability() != null
                ? Desirability.Shape.valueOf(spec.desirability().toUpperCase(Locale.ROOT))
                : Desirability.Shape.SIGMOID;
        Desirability.Direction dir = spec != null && spec.direction() != null
                ? Desirability.Direction.valueOf(spec.direction().toUpperCase(Locale.ROOT))
                : col.role() == ScoreColumn.Role.TOXICITY ? Desirability.Direction.DOWN : Desirability.Direction.UP;
        double low;
        double high;
        if (col.kind() == ScoreColumn.Kind.CLASSIFICATION) {
            low = col.role() == ScoreColumn.Role.TOXICITY ? 0.2 : 0.3;
            high = col.role() == ScoreColumn.Role.TOXICITY ? 0.6 : 0.8;
        } else {
            double[] p = percentiles(table, column);
            low = p[0];
            high = p[1];
        }
        if (spec != null && spec.low() != null) {
            low = spec.low();
        }
        if (spec != null && spec.high() != null) {
            high = spec.high();
        }
        if (!(low < high)) {
            throw new IllegalArgumentException("score '" + col.key() + "': desirability bounds need low < high, got "
                    + low + " and " + high);
        }
        return new Desirability(shape, dir, low, high, 0);
    }

    /** 5th and 95th percentile of a column (widened by 0.5 either side when they coincide). */
    private static double[] percentiles(RankTable table, int column) {
        float[] v = new float[table.size()];
        int n = 0;
        for (int r = 0; r < table.size(); r++) {
            double x = table.value(column, r);
            if (!Double.isNaN(x)) {
                v[n++] = (float) x;
            }
        }
        if (n == 0) {
            return new double[] {0, 1};
        }
        Arrays.sort(v, 0, n);
        double lo = v[(int) Math.floor(0.05 * (n - 1))];
        double hi = v[(int) Math.ceil(0.95 * (n - 1))];
        if (!(lo < hi)) {
            lo -= 0.5;
            hi += 0.5;
        }
        return new double[] {lo, hi};
    }

    public List<Term> terms() {
        return terms;
    }

    /** Desirability curve of each column's value (also for unranked columns), by column index. */
    public Desirability valueDesirability(int column) {
        return valueDesirability[column];
    }

    /** Weight of a column's value term, 0 when not ranked. */
    public double weight(int column) {
        return terms.stream().filter(t -> t.column() == column && t.source() == Source.VALUE)
                .mapToDouble(Term::weight).sum();
    }

    /** Indices of the columns that enter the composite. */
    public int[] rankedColumns() {
        return terms.stream().filter(t -> t.source() == Source.VALUE).mapToInt(Term::column).toArray();
    }

    /** The composite score of a row, in [0, 1]; 0 when no column is ranked. */
    public double composite(RankTable table, int row) {
        return totalWeight <= 0 ? 0 : geometricMean(terms, table, row);
    }

    /**
     * The weighted geometric mean of some of the plan's terms for a row, normalised by the weights
     * of their value terms: the composite when given every term, a role's share of it when given
     * that role's terms. 0 when a factor is 0 or the terms carry no value weight.
     */
    static double geometricMean(List<Term> terms, RankTable table, int row) {
        double valueWeight = 0;
        double sum = 0;
        for (Term t : terms) {
            double x = switch (t.source()) {
                case VALUE -> table.value(t.column(), row);
                case STD -> table.std(t.column(), row);
                case AD_SIMILARITY -> table.adSimilarity(t.column(), row);
            };
            double d = t.source() != Source.VALUE && Double.isNaN(x) ? 1 : t.desirability().apply(x);
            if (d <= 0) {
                return 0;
            }
            sum += t.weight() * Math.log(d);
            if (t.source() == Source.VALUE) {
                valueWeight += t.weight();
            }
        }
        return valueWeight <= 0 ? 0 : Math.exp(sum / valueWeight);
    }

    public List<ScoreColumn> columns() {
        return columns;
    }
}
