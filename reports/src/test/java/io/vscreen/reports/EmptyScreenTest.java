package io.vscreen.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.vscreen.reports.html.AtomAttribution;
import io.vscreen.reports.rank.RankingConfig;
import io.vscreen.reports.store.InMemoryCandidateStore;

/** A screen where every record was rejected still writes all outputs. */
class EmptyScreenTest {

    @Test
    void noCompoundsStillGivesEveryOutput(@TempDir Path dir) throws Exception {
        List<ScoreColumn> columns = List.of(ScoreColumn.efficacy("m", "a"), ScoreColumn.toxicity("m", "t"));
        try (ScreenResults results = new ScreenResults(columns, RankingConfig.defaults(), new InMemoryCandidateStore())) {
            RunInfo run = new RunInfo("empty.smi", 3, 0, 3, 0, List.of(), Map.of(), Instant.EPOCH, Instant.EPOCH);
            new ScreenOutputs(AtomAttribution.none()).write(dir, run, results, results.rank());
        }
        assertEquals(List.of("rank,id,smiles,score,pareto_front,selected,filtered,m.a,m.t,m.a_std,m.t_std,m.ad_similarity,"
                + "mw,logp,tpsa,hbd,hba,rotb,qed,lipinski_violations,alerts,scaffold,cluster,inchikey,source,record"),
                Files.readAllLines(dir.resolve("ranked.csv")));
        assertEquals(0, Files.size(dir.resolve("top.sdf")));
        assertTrue(Files.readString(dir.resolve("report.html")).contains("Top 0"));
        assertTrue(Files.readString(dir.resolve("summary.json")).contains("\"rejected\" : 3"));
    }
}
