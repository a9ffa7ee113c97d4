package io.vscreen.screening.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import jakarta.batch.runtime.context.JobContext;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.vscreen.libraries.Record;
import io.vscreen.libraries.StructureKind;

/** The writer's exactly-once contract: truncate to the committed lengths, then append. */
class ResultWriterTest {

    @TempDir
    Path tmp;

    private ScreenParameters parameters() {
        return new ScreenParameters(List.of(tmp.resolve("lib.smi")), "", "", "", List.of(), null, 10, 1, 2, 3,
                tmp.resolve("out"));
    }

    private ResultWriter writer() {
        ResultWriter w = new ResultWriter();
        var properties = parameters().toJobParameters();
        w.jobContext = (JobContext) Proxy.newProxyInstance(JobContext.class.getClassLoader(),
                new Class<?>[] {JobContext.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getProperties")) {
                        return properties;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        w.partition = "0";
        return w;
    }

    private List<Object> chunk(CompoundPreparation chemistry, long first, String... smiles) throws Exception {
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < smiles.length; i++) {
            long n = first + i;
            Record r = new Record(n, "m" + n, smiles[i], smiles[i], StructureKind.SMILES, null);
            items.add(chemistry.processItem(new InputRecord(n, 0, r)));
        }
        return items;
    }

    private CompoundPreparation chemistry() {
        CompoundPreparation c = new CompoundPreparation();
        c.jobContext = writer().jobContext;
        return c;
    }

    @Test
    void aRestartCutsTheUncommittedChunkAndWritesItOnce() throws Exception {
        CompoundPreparation chem = chemistry();
        List<Object> first = chunk(chem, 1, "CC(=O)Oc1ccccc1C(=O)O", "CN1C=NC2=C1C(=O)N(C(=O)N2C)C", "C1CC");
        List<Object> second = chunk(chem, 4, "CC(C)Cc1ccc(cc1)C(C)C(=O)O", "OC[C@H]1OC(O)[C@H](O)[C@@H](O)[C@@H]1O");

        ResultWriter w = writer();
        w.open(null);
        w.writeItems(first);
        Serializable committed = w.checkpointInfo();
        w.writeItems(second); // written, but the process dies before this checkpoint commits
        w.close();

        Path results = parameters().files().partitionResults(0);
        Path rejects = parameters().files().partitionRejects(0);
        String uncommitted = Files.readString(results, StandardCharsets.UTF_8);
        assertEquals(4, uncommitted.lines().count());

        ResultWriter restarted = writer();
        restarted.open(committed);
        assertEquals(((ResultFilesPosition) committed).results(), Files.size(results));
        restarted.writeItems(second);
        restarted.close();

        List<String> lines = Files.readAllLines(results, StandardCharsets.UTF_8);
        assertEquals(List.of(1L, 2L, 4L, 5L), lines.stream().map(ResultLine::recordOf).toList());
        assertEquals(uncommitted, Files.readString(results, StandardCharsets.UTF_8));
        List<String> rejected = Files.readAllLines(rejects, StandardCharsets.UTF_8);
        assertEquals(1, rejected.size());
        assertEquals("ring bond 1 not closed", RejectLine.parse(rejected.get(0)).reason());
        assertEquals("m3", RejectLine.parse(rejected.get(0)).id());
    }

    @Test
    void aFirstStartDiscardsLeftovers() throws Exception {
        Path results = parameters().files().partitionResults(0);
        Files.createDirectories(results.getParent());
        Files.writeString(results, "leftover from an abandoned run\n");
        ResultWriter w = writer();
        w.open(null);
        w.close();
        assertEquals(0, Files.size(results));
    }

    @Test
    void aFileShorterThanItsCheckpointIsAnError() throws Exception {
        ResultWriter w = writer();
        w.open(null);
        w.close();
        IOException e = assertThrows(IOException.class, () -> writer().open(new ResultFilesPosition(100, 0)));
        assertEquals(true, e.getMessage().contains("shorter"), e.getMessage());
    }
}
