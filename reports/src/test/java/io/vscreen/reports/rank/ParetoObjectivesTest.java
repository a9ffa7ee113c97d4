package io.vscreen.reports.rank;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.vscreen.reports.Candidate;
import io.vscreen.reports.ScoreColumn;

/**
 * Default Pareto objectives are one per role (efficacy against safety), each the composite's
 * geometric mean over that role's columns; configured objectives are score columns.
 */
class ParetoObjectivesTest {
    static final ScoreColumn EFF = ScoreColumn.efficacy("bace", "Class");
    static final ScoreColumn TOX_A = ScoreColumn.toxicity("tox21", "SR-p53");
    static final ScoreColumn TOX_B = ScoreColumn.toxicity("clintox", "CT_TOX");

    /** Linear ramps 0..1 on every column, weights 1, no penalties: desirability = value, or 1 - value. */
    static RankingConfig linear() {
        return RankingConfig.defaults()
                .withScores(Map.of(
                        EFF.key(), new RankingConfig.ScoreSpec("ramp", null, 0.0, 1.0, 1.0),
                        TOX_A.key(), new RankingConfig.ScoreSpec("ramp", null, 0.0, 1.0, 1.0),
                        TOX_B.key(), new RankingConfig.ScoreSpec("ramp", null, 0.0, 1.0, 1.0)))
                .withPenalties(RankingConfig.Penalty.none(), RankingConfig.Penalty.none());
    }

    static RankTable table(double[][] rows) {
        RankTable.Builder b = RankTable.builder(List.of(EFF, TOX_A, TOX_B));
        for (int i = 0; i < rows.length; i++) {
            b.add(Candidate.builder(i + 1, "c" + (i + 1)).smiles("C")
                    .score(EFF, rows[i][0], Double.NaN, Double.NaN)
                    .score(TOX_A, rows[i][1], Double.NaN, Double.NaN)
                    .score(TOX_B, rows[i][2], Double.NaN, Double.NaN).build(), "");
        }
        return b.build();
    }

    @Test
    void defaultObjectivesAreEfficacyAndSafety() {
        // safety = sqrt((1 - a) * (1 - b)):
        // 1: eff 0.8, safety sqrt(0.9 * 0.1) = 0.30
        // 2: eff 0.8, safety sqrt(0.5 * 0.5) = 0.50  -> dominates 1, although 1 is safer on tox21
        // 3: eff 0.6, safety sqrt(0.8 * 0.8) = 0.80  -> trade-off with 2: front 1
        // 4: eff 0.5, safety sqrt(0.7 * 0.7) = 0.70  -> dominated by 3
        RankTable t = table(new double[][] {{0.8, 0.1, 0.9}, {0.8, 0.5, 0.5}, {0.6, 0.2, 0.2}, {0.5, 0.3, 0.3}});
        RankingConfig config = linear();
        ScoringPlan plan = ScoringPlan.resolve(config, t);
        ParetoObjectives o = ParetoObjectives.resolve(config, plan, t);
        assertEquals(List.of("efficacy", "safety"), o.names());
        assertEquals(0.8, o.get(0, 0), 1e-6);
        assertEquals(Math.sqrt(0.9 * 0.1), o.get(1, 0), 1e-6);
        assertEquals(Math.sqrt(0.8 * 0.8), o.get(1, 2), 1e-6);

        Ranking r = new Ranker(config).rank(t);
        assertEquals(List.of("efficacy", "safety"), r.paretoObjectives());
        assertArrayEquals(new int[] {2, 1, 1, 2},
                new int[] {r.paretoFront(0), r.paretoFront(1), r.paretoFront(2), r.paretoFront(3)});
        // the composite is the geometric mean of the role objectives, weighted by their value weights
        for (int p = 0; p < 4; p++) {
            double expected = Math.exp((Math.log(o.get(0, p)) + 2 * Math.log(o.get(1, p))) / 3);
            assertEquals(expected, r.composite(p), 1e-6);
        }
    }

    @Test
    void configuredObjectivesAreScoreColumns() {
        RankTable t = table(new double[][] {{0.8, 0.1, 0.9}, {0.8, 0.5, 0.5}});
        RankingConfig config = linear().withPareto(new RankingConfig.Pareto(List.of(EFF.key(), TOX_A.key(), TOX_B.key())));
        Ranking r = new Ranker(config).rank(t);
        assertEquals(List.of(EFF.key(), TOX_A.key(), TOX_B.key()), r.paretoObjectives());
        // column by column neither dominates: 1 is better on tox21, 2 on clintox
        assertArrayEquals(new int[] {1, 1}, new int[] {r.paretoFront(0), r.paretoFront(1)});
    }
}
