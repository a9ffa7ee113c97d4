package io.vscreen.reports.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.io.iterator.IteratingSDFReader;
import org.openscience.cdk.silent.SilentChemObjectBuilder;

import io.vscreen.reports.Candidate;
import io.vscreen.reports.ScoreColumn;
import io.vscreen.reports.rank.RankTable;
import io.vscreen.reports.rank.Ranker;
import io.vscreen.reports.rank.Ranking;
import io.vscreen.reports.rank.RankingConfig;
import io.vscreen.reports.store.InMemoryCandidateStore;

class TopSdfWriterTest {

    @Test
    void aCompoundThatCannotBeLaidOutIsLeftOutAndTheRestWritten(@TempDir Path dir) throws Exception {
        ScoreColumn eff = ScoreColumn.efficacy("m", "act");
        List<Candidate> cs = List.of(
                Candidate.builder(1, "broken").smiles("C1CC(").score(eff, 0.9, 0.01, 0.9).build(),
                Candidate.builder(2, "ibuprofen").smiles("CC(C)Cc1ccc(cc1)C(C)C(=O)O").score(eff, 0.8, 0.01, 0.9).build());
        RankTable.Builder b = RankTable.builder(List.of(eff));
        InMemoryCandidateStore store = new InMemoryCandidateStore();
        for (Candidate c : cs) {
            b.add(c, "");
            store.add(c);
        }
        Ranking ranking = new Ranker(RankingConfig.defaults().withTopN(2)).rank(b.build());
        Path sdf = dir.resolve("top.sdf");
        new TopSdfWriter(new RankedColumns(List.of(eff))).write(sdf, ranking, store);
        List<IAtomContainer> mols = new ArrayList<>();
        try (IteratingSDFReader r = new IteratingSDFReader(Files.newBufferedReader(sdf), SilentChemObjectBuilder.getInstance())) {
            r.forEachRemaining(mols::add);
        }
        assertEquals(1, mols.size());
        assertEquals("ibuprofen", mols.get(0).getTitle());
        assertEquals("2", mols.get(0).getProperty("rank"));
        assertEquals(15, mols.get(0).getAtomCount());
    }

    @Test
    void theProgramLineCarriesNoTimeSoTheSameRankingGivesTheSameBytes(@TempDir Path dir) throws Exception {
        ScoreColumn eff = ScoreColumn.efficacy("m", "act");
        Candidate aspirin = Candidate.builder(1, "aspirin").smiles("CC(=O)Oc1ccccc1C(=O)O").score(eff, 0.9, 0.01, 0.9).build();
        RankTable.Builder b = RankTable.builder(List.of(eff));
        InMemoryCandidateStore store = new InMemoryCandidateStore();
        b.add(aspirin, "");
        store.add(aspirin);
        Ranking ranking = new Ranker(RankingConfig.defaults().withTopN(1)).rank(b.build());
        Path sdf = dir.resolve("top.sdf");
        new TopSdfWriter(new RankedColumns(List.of(eff))).write(sdf, ranking, store);
        String programLine = Files.readAllLines(sdf).get(1);
        // CTfile header line 2: initials (2), program (8), date and time MMDDYYHHmm (10), dimensions (2)
        assertEquals("  CDK     ", programLine.substring(0, 10));
        assertEquals(" ".repeat(10), programLine.substring(10, 20));
        assertEquals("2D", programLine.substring(20, 22));
    }
}
