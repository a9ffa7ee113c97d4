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
}
