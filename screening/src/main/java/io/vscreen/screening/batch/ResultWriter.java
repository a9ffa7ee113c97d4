package io.vscreen.screening.batch;

import java.io.IOException;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import io.vscreen.chem.prepare.PreparedCompound;

/**
 * Scores each chunk in inference batches and appends one {@link ResultLine} per compound to the
 * partition's result file, and one line per reject to its reject file, exactly once.
 *
 * <p>The checkpoint is the byte length of both files after the chunk ({@link ResultFilesPosition}).
 * When a killed partition restarts, the files are truncated back to the last committed lengths
 * before anything is appended, which removes the lines of the chunk that was being written when
 * the process died; the reader restarts at the matching record. A first start truncates to zero.
 */
@Named("resultWriter")
public class ResultWriter extends AbstractItemWriter {

    @Inject
    JobContext jobContext;

    @Inject
    @BatchProperty(name = "partition")
    String partition;

    private FileChannel results;
    private FileChannel rejects;
    private long resultsLength;
    private long rejectsLength;
    private BatchScorer scorer;
    private int batchSize;

    @Override
    public void open(Serializable checkpoint) throws Exception {
        ScreenParameters parameters = ScreenParameters.fromJobParameters(jobContext.getProperties());
        ScreenFiles files = parameters.files();
        int p = Integer.parseInt(partition);
        batchSize = parameters.batchSize();
        scorer = ScreenSetup.scorer(parameters);
        long committedResults = 0;
        long committedRejects = 0;
        if (checkpoint instanceof ResultFilesPosition pos) {
            committedResults = pos.results();
            committedRejects = pos.rejects();
        }
        results = openAt(files.partitionResults(p), committedResults);
        rejects = openAt(files.partitionRejects(p), committedRejects);
        resultsLength = committedResults;
        rejectsLength = committedRejects;
    }

    private static FileChannel openAt(Path file, long length) throws IOException {
        Files.createDirectories(file.getParent());
        FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        long size = ch.size();
        if (size < length) {
            ch.close();
            throw new IOException(file + " is shorter (" + size + " bytes) than its last checkpoint (" + length
                    + " bytes): the partition's results were changed outside the job");
        }
        ch.truncate(length);
        ch.position(length);
        return ch;
    }

    @Override
    public void writeItems(List<Object> items) throws Exception {
        List<Processed.Prepared> prepared = new ArrayList<>(items.size());
        StringBuilder rejected = new StringBuilder();
        for (Object item : items) {
            if (item instanceof Processed.Prepared c) {
                prepared.add(c);
            } else if (item instanceof Processed.Rejected r) {
                rejected.append(new RejectLine(r.record(), r.library(), r.id(), r.raw(), r.reason()).format());
            }
        }
        StringBuilder lines = new StringBuilder(prepared.size() * 128);
        for (int from = 0; from < prepared.size(); from += batchSize) {
            List<Processed.Prepared> batch = prepared.subList(from, Math.min(prepared.size(), from + batchSize));
            double[][] scores = scorer.score(batch);
            for (int i = 0; i < batch.size(); i++) {
                Processed.Prepared c = batch.get(i);
                PreparedCompound pc = c.compound();
                StringBuilder descriptors = new StringBuilder();
                for (Object v : pc.descriptors().values()) {
                    if (descriptors.length() > 0) {
                        descriptors.append(',');
                    }
                    descriptors.append(v);
                }
                lines.append(new ResultLine(c.record(), c.library(), c.identity(), pc.descriptors().qed(), c.id(),
                        c.smiles(), pc.scaffold(), pc.alertIds(), descriptors.toString(),
                        ResultLine.fingerprintText(pc.fingerprint()), scores[i]).format());
            }
        }
        resultsLength += append(results, lines);
        rejectsLength += append(rejects, rejected);
    }

    private static long append(FileChannel ch, CharSequence text) throws IOException {
        if (text.isEmpty()) {
            return 0;
        }
        ByteBuffer buf = StandardCharsets.UTF_8.encode(text.toString());
        long n = buf.remaining();
        while (buf.hasRemaining()) {
            ch.write(buf);
        }
        return n;
    }

    @Override
    public Serializable checkpointInfo() {
        return new ResultFilesPosition(resultsLength, rejectsLength);
    }

    @Override
    public void close() throws Exception {
        if (results != null) {
            results.close();
        }
        if (rejects != null) {
            rejects.close();
        }
    }
}
