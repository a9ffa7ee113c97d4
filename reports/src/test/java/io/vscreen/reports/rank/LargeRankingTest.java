package io.vscreen.reports.rank;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.vscreen.chem.fingerprints.Fingerprint;
import io.vscreen.chem.fingerprints.Tanimoto;
import io.vscreen.reports.Candidate;
import io.vscreen.reports.Descriptors;
import io.vscreen.reports.ScoreColumn;
import io.vscreen.reports.ScreenResults;
import io.vscreen.reports.store.SpillingCandidateStore;

/**
 * The off-heap ranking against a plain reference computed here from the candidates themselves
 * (boxed sorts over lists, brute-force sphere exclusion and clusters), and its heap per compound
 * in a child JVM.
 */
class LargeRankingTest {

    static final ScoreColumn ACTIVE = ScoreColumn.efficacy("demo", "active");
    static final ScoreColumn HERG = ScoreColumn.toxicity("demo", "herg");
    static final ScoreColumn AMES = ScoreColumn.toxicity("demo", "ames");
    static final List<ScoreColumn> COLUMNS = List.of(ACTIVE, HERG, AMES);

    /** Synthetic scored compound i (record i + 1): fingerprints around 300 chemotypes. */
    static Candidate candidate(int i, Random rnd, int[][] chemotypes) {
        int type = rnd.nextInt(chemotypes.length);
        int[] bits = new int[40];
        System.arraycopy(chemotypes[type], 0, bits, 0, 30);
        for (int b = 30; b < 40; b++) {
            bits[b] = rnd.nextInt(2048);
        }
        double mw = 150 + 500 * rnd.nextDouble();
        return Candidate.builder(i + 1, "c" + (i + 1)).smiles("CCO")
                .descriptor(Descriptors.MW, mw).descriptor(Descriptors.LOGP, 5 * rnd.nextDouble())
                .descriptor(Descriptors.LIPINSKI_VIOLATIONS, mw > 500 ? 1 : 0)
                .scaffold(rnd.nextInt(4) == 0 ? "" : "scaffold-" + type % 50)
                .ecfp4(Fingerprint.fromBits(2048, bits))
                .score(ACTIVE, (float) rnd.nextDouble(), (float) (0.3 * rnd.nextDouble()), (float) rnd.nextDouble())
                .score(HERG, (float) rnd.nextDouble(), (float) (0.3 * rnd.nextDouble()), (float) rnd.nextDouble())
                .score(AMES, (float) (rnd.nextInt(10) / 10.0), Double.NaN, Double.NaN)
                .build();
    }

    static int[][] chemotypes(Random rnd, int n) {
        int[][] t = new int[n][];
        for (int i = 0; i < n; i++) {
            t[i] = rnd.ints(30, 0, 2048).toArray();
        }
        return t;
    }

    @Test
    void rowsSharedOutAmongThreadsGiveTheSameScoresFrontsAndClustersAsOneThread(@TempDir Path dir) throws Exception {
        Random rnd = new Random(11);
        int[][] types = chemotypes(rnd, 200);
        RankingConfig config = RankingConfig.parse("""
                {"topN": 30, "rank": "pareto", "diversity": {"method": "sphere", "threshold": 0.45}}""");
        try (ScreenResults results = new ScreenResults(COLUMNS, config, new SpillingCandidateStore(dir), dir)) {
            for (int i = 0; i < 15_000; i++) {
                results.add(candidate(i, rnd, types));
            }
            Ranking ranking = results.rank();
            RankTable table = ranking.table();
            ScoringPlan plan = ranking.plan();
            ParetoObjectives objectives = ParetoObjectives.resolve(config, plan, table);
            List<ScoreColumn.Role> roles = plan.terms().stream().map(t -> plan.columns().get(t.column()).role())
                    .distinct().sorted().toList();
            assertEquals(roles.size(), objectives.count());
            for (int r = 0; r < table.size(); r++) {
                assertEquals(Double.doubleToLongBits(plan.composite(table, r)), Double.doubleToLongBits(ranking.composite(r)));
                for (int k = 0; k < roles.size(); k++) {
                    ScoreColumn.Role role = roles.get(k);
                    List<ScoringPlan.Term> terms = plan.terms().stream()
                            .filter(t -> plan.columns().get(t.column()).role() == role).toList();
                    assertEquals((float) ScoringPlan.geometricMean(terms, table, r), (float) objectives.get(k, r));
                }
            }
            // clusters on one thread: the same space, without its claim to thread safety
            TanimotoSpace space = new TanimotoSpace(table);
            io.vscreen.reports.diversity.CompoundSpace oneThread = new io.vscreen.reports.diversity.CompoundSpace() {
                @Override
                public double similarity(int a, int b) {
                    return space.similarity(a, b);
                }

                @Override
                public int scaffold(int row) {
                    return space.scaffold(row);
                }
            };
            assertArrayEquals(io.vscreen.reports.diversity.Clusters.assign(oneThread, table.size(), ranking.selected(),
                    config.diversity().threshold()), clusters(ranking));
        }
    }

    private static int[] clusters(Ranking ranking) {
        int[] out = new int[ranking.size()];
        for (int r = 0; r < out.length; r++) {
            out[r] = ranking.cluster(r);
        }
        return out;
    }

    @Test
    void rankingFromTheMappedTableEqualsAPlainReference(@TempDir Path dir) throws Exception {
        Random rnd = new Random(7);
        int[][] types = chemotypes(rnd, 300);
        List<Candidate> cs = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            cs.add(candidate(i, rnd, types));
        }
        for (RankingConfig.RankMode mode : RankingConfig.RankMode.values()) {
            RankingConfig config = RankingConfig.parse("""
                    {"topN": 40, "filters": {"ranges": {"mw": {"max": 600}}},
                     "diversity": {"method": "sphere", "threshold": 0.5, "maxPerScaffold": 2}}""").withRank(mode);
            Ranking ranking;
            try (ScreenResults results = new ScreenResults(COLUMNS, config, new SpillingCandidateStore(dir), dir)) {
                for (Candidate c : cs) {
                    results.add(c);
                }
                ranking = results.rank();
            }
            // reference: composite from the plan on the candidates' own (float) values, boxed sort
            ScoringPlan plan = ranking.plan();
            HardFilters filters = new HardFilters(config.filters());
            double[] composite = new double[cs.size()];
            List<Integer> rows = new ArrayList<>();
            for (int r = 0; r < cs.size(); r++) {
                rows.add(r);
                assertEquals(cs.get(r).score("demo.active").value(), ranking.table().value(0, r), 1e-6);
            }
            for (int r = 0; r < cs.size(); r++) {
                composite[r] = ranking.composite(r);
            }
            Comparator<Integer> cmp = Comparator.comparing((Integer r) -> !filters.reason(cs.get(r)).isEmpty());
            if (mode == RankingConfig.RankMode.PARETO) {
                cmp = cmp.thenComparingInt(ranking::paretoFront);
            }
            cmp = cmp.thenComparing((Integer r) -> -composite[r]).thenComparingInt(r -> r);
            rows.sort(cmp);
            assertArrayEquals(rows.stream().mapToInt(Integer::intValue).toArray(), ranking.order(), mode + " order");

            // reference sphere exclusion with the scaffold cap, then clusters, by brute force
            List<Integer> picked = new ArrayList<>();
            java.util.Map<String, Integer> perScaffold = new java.util.HashMap<>();
            for (int r : rows) {
                Candidate c = cs.get(r);
                if (picked.size() == 40 || !filters.reason(c).isEmpty()) {
                    continue;
                }
                boolean near = picked.stream().anyMatch(p -> Tanimoto.similarity(c.ecfp4(), cs.get(p).ecfp4()) >= 0.5);
                boolean full = !c.scaffold().isEmpty() && perScaffold.getOrDefault(c.scaffold(), 0) >= 2;
                if (!near && !full) {
                    picked.add(r);
                    perScaffold.merge(c.scaffold(), 1, Integer::sum);
                }
            }
            assertArrayEquals(picked.stream().mapToInt(Integer::intValue).toArray(), ranking.selected(), mode + " selection");
            for (int r = 0; r < cs.size(); r += 7) {
                int expected = 0;
                double best = -1;
                for (int k = 0; k < picked.size(); k++) {
                    double s = Tanimoto.similarity(cs.get(r).ecfp4(), cs.get(picked.get(k)).ecfp4());
                    if (picked.get(k) == r) {
                        expected = k + 1;
                        break;
                    }
                    if (s > best) {
                        best = s;
                        if (s >= 0.5) {
                            expected = k + 1;
                        }
                    }
                }
                assertEquals(expected, ranking.cluster(r), "cluster of row " + r);
            }
            assertTrue(plan.terms().size() > 3);
        }
    }

    @Test
    void twoHundredThousandCompoundsRankInA48MegabyteHeap(@TempDir Path dir) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-Xmx48m", "-cp", System.getProperty("java.class.path"),
                RankingMemoryCheck.class.getName(), "200000", dir.toString())
                .redirectErrorStream(true).start();
        boolean done = p.waitFor(3, TimeUnit.MINUTES);
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!done) {
            p.destroyForcibly();
        }
        assertTrue(done, "finished in time: " + out);
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains("ranked 200000 compounds, selected 50"), out);
    }

    /** Child JVM: adds and ranks N synthetic compounds (3 scores, 2048-bit fingerprints). */
    public static final class RankingMemoryCheck {
        public static void main(String[] args) throws IOException {
            int n = Integer.parseInt(args[0]);
            Path dir = Path.of(args[1]);
            Random rnd = new Random(11);
            int[][] types = chemotypes(rnd, 2000);
            RankingConfig config = RankingConfig.defaults().withTopN(50);
            try (ScreenResults results = new ScreenResults(COLUMNS, config, new SpillingCandidateStore(dir), dir)) {
                for (int i = 0; i < n; i++) {
                    results.add(candidate(i, rnd, types));
                }
                Ranking ranking = results.rank();
                System.out.println("ranked " + ranking.size() + " compounds, selected " + ranking.selected().length);
            }
        }
    }
}
