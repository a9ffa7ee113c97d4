package io.vscreen.models.gnn;

import java.util.NoSuchElementException;
import java.util.function.IntFunction;

import org.nd4j.linalg.dataset.api.MultiDataSet;
import org.nd4j.linalg.dataset.api.MultiDataSetPreProcessor;
import org.nd4j.linalg.dataset.api.iterator.MultiDataSetIterator;

/**
 * One epoch's minibatches for SameDiff's {@code fit}, built lazily one at a time (a whole epoch of
 * graph arrays is never held at once). Passing an epoch in one {@code fit} call sets up SameDiff's
 * training session once instead of once per minibatch.
 */
final class EpochBatches implements MultiDataSetIterator {

    private static final long serialVersionUID = 1L;

    private final transient IntFunction<MultiDataSet> batch;
    private final int count;
    private int next;

    /** {@code batch.apply(i)} builds minibatch {@code i} of {@code count}, in order, once each. */
    EpochBatches(int count, IntFunction<MultiDataSet> batch) {
        this.count = count;
        this.batch = batch;
    }

    @Override
    public boolean hasNext() {
        return next < count;
    }

    @Override
    public MultiDataSet next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return batch.apply(next++);
    }

    @Override
    public MultiDataSet next(int num) {
        return next();
    }

    @Override
    public void setPreProcessor(MultiDataSetPreProcessor preProcessor) {
        throw new UnsupportedOperationException("graph minibatches take no preprocessor");
    }

    @Override
    public MultiDataSetPreProcessor getPreProcessor() {
        return null;
    }

    @Override
    public boolean resetSupported() {
        return false;
    }

    @Override
    public boolean asyncSupported() {
        return false;
    }

    @Override
    public void reset() {
        throw new UnsupportedOperationException("an epoch's minibatches are built once");
    }

}
