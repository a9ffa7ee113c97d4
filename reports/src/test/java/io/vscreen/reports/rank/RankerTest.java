package io.vscreen.reports.rank;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.vscreen.reports.AlertHit;
import io.vscreen.reports.Candidate;
import io.vscreen.reports.Descriptors;
import io.vscreen.reports.ScoreColumn;

class RankerTest {

    static final ScoreColumn EFF = ScoreColumn.efficacy("bace", "active");
    static final ScoreColumn TOX = ScoreColumn.toxicity("tox21", "SR-p53");
    static final List<ScoreColumn> COLUMNS = List.of(EFF, TOX);

    /** Ramps 0..1, efficacy weight 2, toxicity weight 1, no penalties. */
    static RankingConfig linearConfig() {
        return RankingConfig.defaults()
                .withScores(Map.of(
                        EFF.key(), new RankingConfig.ScoreSpec("ramp", null, 0.0, 1.0, 2.0),
                        TOX.key(), new RankingConfig.ScoreSpec("ramp", null, 0.0, 1.0, 1.0)))
                .withPenalties(RankingConfig.Penalty.none(), RankingConfig.Penalty.none());
    }

    static Candidate compound(int record, double eff, double tox) {
        return compound(record, eff, Double.NaN, Double.NaN, tox);
    }

    static Candidate compound(int record, double eff, double effStd, double effAd, double tox) {
        return Candidate.builder(record, "c" + record).smiles("C")
                .score(EFF, eff, effStd, effAd)
                .score(TOX, tox, Double.NaN, Double.NaN)
                .build();
    }

    static RankTable table(List<Candidate> cs, RankingConfig config) {
        HardFilters filters = new HardFilters(config.filters());
        RankTable.Builder b = RankTable.builder(COLUMNS);
        cs.forEach(c -> b.add(c, filters.reason(c)));
        return b.build();
    }

    static int[] recordsInRankOrder(Ranking r) {
        return java.util.Arrays.stream(r.order()).map(row -> (int) r.table().record(row)).toArray();
    }

    @Test
    void compositeIsTheWeightedGeometricMeanOfDesirabilities() {
        RankingConfig config = linearConfig();
        RankTable t = table(List.of(compound(1, 0.8, 0.2), compound(2, 0.5, 0.5), compound(3, 0.0, 0.0),
                compound(4, 0.9, 1.0)), config);
        Ranking r = new Ranker(config).rank(t);
        // (0.8^2 * 0.8)^(1/3) = 0.8 ; (0.5^2 * 0.5)^(1/3) = 0.5 ; efficacy 0 or toxicity 1 veto
        assertEquals(0.8, r.composite(0), 1e-6);
        assertEquals(0.5, r.composite(1), 1e-6);
        assertEquals(0.0, r.composite(2));
        assertEquals(0.0, r.composite(3));
        assertArrayEquals(new int[] {1, 2, 3, 4}, recordsInRankOrder(r));
    }

    @Test
    void weightsShiftTheBalance() {
        // (0.9, 0.6) against (0.6, 0.1): efficacy weight 2 prefers the first? 0.9^2*0.4=0.324 vs 0.36*0.9=0.324
        // -> equal; efficacy weight 3 tips it to the first, toxicity weight 2 to the second.
        List<Candidate> cs = List.of(compound(1, 0.9, 0.6), compound(2, 0.6, 0.1));
        RankingConfig effHeavy = linearConfig().withScores(Map.of(
                EFF.key(), new RankingConfig.ScoreSpec("ramp", null, 0.0, 1.0, 3.0),
                TOX.key(), new RankingConfig.ScoreSpec("ramp", null, 0.0, 1.0, 1.0)));
        RankingConfig toxHeavy = linearConfig().withScores(Map.of(
                EFF.key(), new RankingConfig.ScoreSpec("ramp", null, 0.0, 1.0, 2.0),
                TOX.key(), new RankingConfig.ScoreSpec("ramp", null, 0.0, 1.0, 2.0)));
        assertArrayEquals(new int[] {1, 2}, recordsInRankOrder(new Ranker(effHeavy).rank(table(cs, effHeavy))));
        assertArrayEquals(new int[] {2, 1}, recordsInRankOrder(new Ranker(toxHeavy).rank(table(cs, toxHeavy))));
    }

    @Test
    void uncertaintyAndApplicabilityDomainArePenalised() {
        RankingConfig config = linearConfig().withPenalties(
                new RankingConfig.Penalty(0.05, 0.30, 0.5, 1.0), new RankingConfig.Penalty(0.2, 0.5, 0.5, 1.0));
        RankTable t = table(List.of(
                compound(1, 0.8, 0.40, 0.9, 0.2),   // uncertain
                compound(2, 0.8, 0.01, 0.1, 0.2),   // outside the domain
                compound(3, 0.8, 0.01, 0.9, 0.2),   // confident and in domain
                compound(4, 0.8, Double.NaN, Double.NaN, 0.2)), config); // no estimate: no penalty
        Ranking r = new Ranker(config).rank(t);
        // the penalties multiply the efficacy desirability (0.8 -> 0.8 * 0.5) inside the weighted mean
        assertEquals(0.8, r.composite(2), 1e-6);
        assertEquals(0.8, r.composite(3), 1e-6);
        double halved = Math.pow(0.4 * 0.4 * 0.8, 1.0 / 3);
        assertEquals(halved, r.composite(0), 1e-6);
        assertEquals(halved, r.composite(1), 1e-6);
        assertArrayEquals(new int[] {3, 4, 1, 2}, recordsInRankOrder(r));
    }

    @Test
    void defaultsFollowTheRoles() {
        ScoreColumn logS = new ScoreColumn("esol", "logS", ScoreColumn.Role.PROPERTY, ScoreColumn.Kind.REGRESSION);
        ScoreColumn tox2 = ScoreColumn.toxicity("tox21", "NR-AR");
        RankTable.Builder b = RankTable.builder(List.of(EFF, TOX, tox2, logS));
        b.add(Candidate.builder(1, "a").smiles("C").score(EFF, 0.55, Double.NaN, Double.NaN)
                .score(TOX, 0.4, Double.NaN, Double.NaN).score(tox2, 0.4, Double.NaN, Double.NaN)
                .score(logS, -3, Double.NaN, Double.NaN).build(), "");
        ScoringPlan plan = ScoringPlan.resolve(RankingConfig.defaults(), b.build());
        assertEquals(1.0, plan.weight(0));
        assertEquals(0.5, plan.weight(1));
        assertEquals(0.5, plan.weight(2));
        assertEquals(0.0, plan.weight(3));
        assertEquals(Desirability.sigmoidUp(0.3, 0.8), plan.valueDesirability(0));
        assertEquals(Desirability.sigmoidDown(0.2, 0.6), plan.valueDesirability(1));
    }

    @Test
    void paretoRanksByFrontThenCompositeThenInputOrder() {
        RankingConfig config = linearConfig().withRank(RankingConfig.RankMode.PARETO);
        RankTable t = table(List.of(
                compound(1, 0.9, 0.9),   // front 2 (dominated by 4), composite 0
                compound(2, 0.5, 0.1),   // front 2
                compound(3, 0.4, 0.2),   // front 3 (dominated by 2)
                compound(4, 0.9, 0.1),   // front 1
                compound(5, 0.5, 0.1)),  // front 2, equal to 2: later input
                config);
        Ranking r = new Ranker(config).rank(t);
        assertArrayEquals(new int[] {2, 2, 3, 1, 2}, new int[] {r.paretoFront(0), r.paretoFront(1),
            r.paretoFront(2), r.paretoFront(3), r.paretoFront(4)});
        assertArrayEquals(new int[] {4, 2, 5, 1, 3}, recordsInRankOrder(r));
        // composite mode puts the dominated 3 above the vetoed 1
        Ranking c = new Ranker(linearConfig()).rank(t);
        assertArrayEquals(new int[] {4, 2, 5, 3, 1}, recordsInRankOrder(c));
    }

    @Test
    void filteredCompoundsAreKeptWithTheirReasonRankedLastAndNeverSelected() {
        RankingConfig config = linearConfig().withFilters(new RankingConfig.Filters(1, true, List.of("PAINS"),
                Map.of(Descriptors.MW, new RankingConfig.Range(150.0, 600.0)))).withTopN(10);
        Candidate best = Candidate.builder(1, "best").smiles("C").score(EFF, 0.99, Double.NaN, Double.NaN)
                .score(TOX, 0.01, Double.NaN, Double.NaN).descriptor(Descriptors.MW, 710.8)
                .descriptor(Descriptors.LIPINSKI_VIOLATIONS, 2)
                .alerts(List.of(new AlertHit("PAINS:ene_rhod_A", new int[] {1, 2}), AlertHit.named("Brenk:thiol")))
                .build();
        Candidate ok = Candidate.builder(2, "ok").smiles("C").score(EFF, 0.5, Double.NaN, Double.NaN)
                .score(TOX, 0.5, Double.NaN, Double.NaN).descriptor(Descriptors.MW, 300)
                .descriptor(Descriptors.LIPINSKI_VIOLATIONS, 0).alerts(List.of(AlertHit.named("Brenk:thiol")))
                .build();
        RankTable t = table(List.of(best, ok), config);
        assertEquals("Lipinski violations 2 > 1; alert PAINS:ene_rhod_A; mw 710.80 > 600", t.filterReason(0));
        assertEquals("", t.filterReason(1));
        Ranking r = new Ranker(config).rank(t);
        assertArrayEquals(new int[] {2, 1}, recordsInRankOrder(r));
        assertTrue(r.isSelected(1));
        assertFalse(r.isSelected(0));
        assertEquals(1, t.filteredCount());
    }

    @Test
    void rankingIsDeterministicAndTiesFollowInputOrder() {
        Random rnd = new Random(7);
        List<Candidate> cs = new ArrayList<>();
        for (int i = 1; i <= 2000; i++) {
            // coarse values: many exact ties
            cs.add(compound(i, rnd.nextInt(5) / 4.0, rnd.nextInt(5) / 4.0));
        }
        for (RankingConfig.RankMode mode : RankingConfig.RankMode.values()) {
            RankingConfig config = linearConfig().withRank(mode).withTopN(100);
            Ranking a = new Ranker(config).rank(table(cs, config));
            Ranking b = new Ranker(config).rank(table(cs, config));
            assertArrayEquals(a.order(), b.order());
            assertArrayEquals(a.selected(), b.selected());
            int[] order = a.order();
            for (int i = 1; i < order.length; i++) {
                int p = order[i - 1];
                int q = order[i];
                boolean tie = a.composite(p) == a.composite(q) && a.paretoFront(p) == a.paretoFront(q);
                if (tie) {
                    assertTrue(p < q, "tie between rows " + p + " and " + q + " must keep input order");
                }
            }
        }
    }

    @Test
    void aScoreOutsideTheScreensColumnsIsRefusedWithTheRecord() {
        RankTable.Builder b = RankTable.builder(COLUMNS);
        Candidate c = Candidate.builder(42, "odd").smiles("C").score("bace.pIC50", io.vscreen.reports.Score.of(7)).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> b.add(c, ""));
        assertTrue(e.getMessage().contains("record 42") && e.getMessage().contains("bace.pIC50"), e.getMessage());
        assertEquals(0, b.size());
    }

    @Test
    void configurationNamingAnUnknownScoreIsRefused() {
        RankingConfig config = linearConfig().withScores(Map.of("bace.activ", new RankingConfig.ScoreSpec(null, null, null, null, 1.0)));
        RankTable t = table(List.of(compound(1, 0.5, 0.5)), config);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Ranker(config).rank(t));
        assertTrue(e.getMessage().contains("bace.activ"), e.getMessage());
    }
}
