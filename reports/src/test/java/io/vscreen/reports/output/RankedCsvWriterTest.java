package io.vscreen.reports.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.vscreen.reports.AlertHit;
import io.vscreen.reports.Candidate;
import io.vscreen.reports.ScoreColumn;
import io.vscreen.reports.rank.HardFilters;
import io.vscreen.reports.rank.RankTable;
import io.vscreen.reports.rank.Ranker;
import io.vscreen.reports.rank.Ranking;
import io.vscreen.reports.rank.RankingConfig;
import io.vscreen.reports.store.InMemoryCandidateStore;

class RankedCsvWriterTest {

    static final ScoreColumn EFF = ScoreColumn.efficacy("m", "act");

    @Test
    void awkwardTextSurvivesRfc4180Quoting(@TempDir Path dir) throws Exception {
        Candidate awkward = Candidate.builder(7, "aspirin, \"the\" classic\r\nsecond line").source("a;b,c.smi")
                .smiles("CC(=O)Oc1ccccc1C(=O)O").alerts(List.of(AlertHit.named("ester, phenol"), AlertHit.named("acid")))
                .score(EFF, 0.7, 0.01, 0.9).build();
        Candidate plain = Candidate.builder(8, "caffeine").smiles("Cn1cnc2c1c(=O)n(C)c(=O)n2C")
                .score(EFF, 0.2, Double.NaN, Double.NaN).build();
        RankingConfig config = RankingConfig.defaults().withTopN(1);
        RankTable.Builder b = RankTable.builder(List.of(EFF));
        InMemoryCandidateStore store = new InMemoryCandidateStore();
        HardFilters filters = new HardFilters(config.filters());
        for (Candidate c : List.of(plain, awkward)) {
            b.add(c, filters.reason(c));
            store.add(c);
        }
        Ranking ranking = new Ranker(config).rank(b.build());
        Path csv = dir.resolve("ranked.csv");
        new RankedCsvWriter(new RankedColumns(List.of(EFF))).write(csv, ranking, store);
        String text = Files.readString(csv);
        assertTrue(text.startsWith("rank,id,smiles,score,pareto_front,selected,filtered,m.act,m.act_std,m.ad_similarity,"));
        assertTrue(text.contains("\r\n"), "RFC 4180 line ends");
        try (Reader r = Files.newBufferedReader(csv);
             CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            List<CSVRecord> rows = p.getRecords();
            assertEquals(2, rows.size());
            CSVRecord first = rows.get(0);
            assertEquals("aspirin, \"the\" classic\r\nsecond line", first.get("id"));
            assertEquals("a;b,c.smi", first.get("source"));
            assertEquals("ester, phenol;acid", first.get("alerts"));
            assertEquals("true", first.get("selected"));
            assertEquals("0.7", first.get("m.act"));
            assertEquals("0.01", first.get("m.act_std"));
            assertEquals("0.9", first.get("m.ad_similarity"));
            assertEquals("", first.get("mw"), "missing descriptor is an empty field");
            assertEquals("7", first.get("record"));
            CSVRecord second = rows.get(1);
            assertEquals("caffeine", second.get("id"));
            assertEquals("", second.get("m.act_std"));
            assertEquals("false", second.get("selected"));
        }
    }

    @Test
    void blocksPrintedOnSeveralThreadsMakeTheFileOfOneThread(@TempDir Path dir) throws Exception {
        String[] ids = {"aspirin", "caffeine, anhydrous", "\"quoted\" ibuprofen", " paracetamol ", "#morphine", "line\nbreak", "",
                "naproxen\t", "\"", "cr\ronly", "$diclofenac", "%", "é-tamoxifen", "warfarin ", "a\"b\"\"c", "\u0001x", "~ok", "!"};
        String[] smiles = {"CC(=O)Oc1ccccc1C(=O)O", "Cn1cnc2c1c(=O)n(C)c(=O)n2C", "CC(C)Cc1ccc(cc1)C(C)C(=O)O",
                "CC(=O)Nc1ccc(O)cc1", "CN1CCC23C4C1CC5=C2C(=C(C=C5)O)OC3C(C=C4)O"};
        RankingConfig config = RankingConfig.defaults().withTopN(20);
        RankTable.Builder b = RankTable.builder(List.of(EFF), dir);
        InMemoryCandidateStore store = new InMemoryCandidateStore();
        HardFilters filters = new HardFilters(config.filters());
        java.util.Random random = new java.util.Random(5);
        for (int i = 0; i < 7000; i++) {
            Candidate c = Candidate.builder(i + 1, ids[i % ids.length] + (i % 3 == 0 ? "" : i % 3 == 1 ? " " + i : "" + i))
                    .smiles(smiles[i % smiles.length]).descriptor("mw", 100 + random.nextDouble() * 400)
                    .source(ids[(i / 7) % ids.length]).scaffold(i % 11 == 0 ? "" : ids[(i / 3) % ids.length])
                    .alerts(i % 5 == 0 ? List.of(AlertHit.named("PAINS:a, b")) : List.of())
                    .score(EFF, random.nextInt(10) == 0 ? Double.NaN : random.nextDouble(), 0.05, random.nextDouble()).build();
            b.add(c, filters.reason(c));
            store.add(c);
        }
        Ranking ranking = new Ranker(config).rank(b.build());
        RankedColumns columns = new RankedColumns(List.of(EFF));
        Path one = dir.resolve("one.csv");
        Path three = dir.resolve("three.csv");
        new RankedCsvWriter(columns, 1).write(one, ranking, store);
        new RankedCsvWriter(columns, 3).write(three, ranking, store);
        // the reference: one CSVPrinter over the whole file
        StringBuilder expected = new StringBuilder();
        try (org.apache.commons.csv.CSVPrinter csv = new org.apache.commons.csv.CSVPrinter(expected, RankedCsvWriter.FORMAT)) {
            csv.printRecord(columns.header());
            for (int rank = 1; rank <= ranking.size(); rank++) {
                int row = ranking.rowAt(rank);
                csv.printRecord(columns.values(ranking, row, store.get(row)));
            }
        }
        assertEquals(expected.toString(), Files.readString(one));
        assertEquals(-1L, Files.mismatch(one, three));
    }
}
