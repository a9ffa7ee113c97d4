package io.vscreen.reports.output;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.vscreen.reports.AlertHit;
import io.vscreen.reports.Candidate;
import io.vscreen.reports.Descriptors;
import io.vscreen.reports.Score;
import io.vscreen.reports.ScoreColumn;
import io.vscreen.reports.rank.Ranking;

/**
 * The columns of {@code ranked.csv} (also the SD properties of {@code top.sdf}), in their
 * documented order:
 * {@code rank,id,smiles,score,pareto_front,selected,filtered,<model>.<task>...,
 * <model>.<task>_std...,<model>.ad_similarity...,mw,logp,tpsa,hbd,hba,rotb,qed,
 * lipinski_violations,alerts,scaffold,cluster,inchikey,source,record}.
 * Numbers are plain decimals ({@link Numbers}); a missing value is an empty field; selected is
 * {@code true}/{@code false}; filtered is empty or the reason; alerts are joined with {@code ;};
 * cluster is empty when the compound belongs to no cluster.
 */
public final class RankedColumns {

    private final List<ScoreColumn> columns;
    /** The columns' keys, interned as the rank table interns them. */
    private final String[] keys;
    /** For each model, the index of its first column (whose applicability domain is reported). */
    private final List<int[]> modelColumns;
    private final List<String> models;
    private final List<String> header;

    public RankedColumns(List<ScoreColumn> columns) {
        this.columns = List.copyOf(columns);
        Set<String> m = new LinkedHashSet<>();
        columns.forEach(c -> m.add(c.model()));
        this.models = List.copyOf(m);
        this.keys = this.columns.stream().map(c -> c.key().intern()).toArray(String[]::new);
        List<int[]> byModel = new ArrayList<>();
        for (String model : models) {
            byModel.add(java.util.stream.IntStream.range(0, this.columns.size())
                    .filter(i -> this.columns.get(i).model().equals(model)).toArray());
        }
        this.modelColumns = List.copyOf(byModel);
        List<String> h = new ArrayList<>(List.of("rank", "id", "smiles", "score", "pareto_front", "selected", "filtered"));
        columns.forEach(c -> h.add(c.key()));
        columns.forEach(c -> h.add(c.key() + "_std"));
        models.forEach(model -> h.add(model + ".ad_similarity"));
        h.addAll(Descriptors.REPORTED);
        h.addAll(List.of("alerts", "scaffold", "cluster", "inchikey", "source", "record"));
        this.header = List.copyOf(h);
    }

    public List<String> header() {
        return header;
    }

    /** The row of a compound; {@code row} is its row in the ranking, {@code c} its candidate. */
    public List<String> values(Ranking ranking, int row, Candidate c) {
        List<String> v = new ArrayList<>(header.size());
        v.add(Integer.toString(ranking.rank(row)));
        v.add(c.id());
        v.add(c.smiles());
        v.add(Numbers.format(ranking.composite(row), 6));
        v.add(Integer.toString(ranking.paretoFront(row)));
        v.add(Boolean.toString(ranking.isSelected(row)));
        v.add(ranking.table().filterReason(row));
        Score[] scores = new Score[keys.length];
        for (int i = 0; i < keys.length; i++) {
            scores[i] = c.score(keys[i]);
            v.add(Numbers.format(scores[i].value(), 4));
        }
        for (Score s : scores) {
            v.add(Numbers.format(s.std(), 4));
        }
        for (int[] modelColumn : modelColumns) {
            double ad = Double.NaN;
            for (int i = 0; i < modelColumn.length && Double.isNaN(ad); i++) {
                ad = scores[modelColumn[i]].adSimilarity();
            }
            v.add(Numbers.format(ad, 3));
        }
        for (String d : Descriptors.REPORTED) {
            v.add(Numbers.format(c.descriptor(d), d.equals(Descriptors.QED) ? 3 : 2));
        }
        v.add(String.join(";", c.alerts().stream().map(AlertHit::name).distinct().toList()));
        v.add(c.scaffold());
        int cluster = ranking.cluster(row);
        v.add(cluster == 0 ? "" : Integer.toString(cluster));
        v.add(c.inchikey());
        v.add(c.source());
        v.add(Long.toString(c.record()));
        return v;
    }
}
