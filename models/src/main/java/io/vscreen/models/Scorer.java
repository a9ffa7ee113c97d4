package io.vscreen.models;

import java.util.ArrayList;
import java.util.List;

import org.openscience.cdk.interfaces.IAtomContainer;

/**
 * A model that scores molecules: the entry point the screening job and the reports call.
 *
 * <p>Callers pass parsed (and standardized) molecules; the scorer featurizes them itself from its
 * manifest's featurizer spec, so callers never deal with features. Each call returns, per molecule
 * and task, the ensemble mean and standard deviation and the molecule's applicability-domain
 * similarity. A molecule that cannot be featurized gets an error in its slot and never fails the
 * rest of the batch.
 *
 * <p>Thread-safety: implementations in this module are immutable and safe to share between
 * threads (featurizers are created per call); {@link #score} may be called concurrently.
 * The input molecules are only read, but CDK objects are not thread-safe, so one molecule must
 * not be scored by two threads at the same time.
 */
public interface Scorer {

    /** The model's name, used as the column prefix. */
    String name();

    /** The tasks, in output order. */
    List<Task> tasks();

    /** Scores a batch; the result has one slot per input molecule, in order. */
    ScoreBatch score(List<IAtomContainer> molecules);

    /**
     * The output columns in the prediction contract's order:
     * {@code <model>.<task>...}, {@code <model>.<task>_std...}, {@code <model>.ad_similarity}.
     */
    default List<String> outputColumns() {
        List<String> cols = new ArrayList<>();
        for (Task t : tasks()) {
            cols.add(name() + "." + t.name());
        }
        for (Task t : tasks()) {
            cols.add(name() + "." + t.name() + "_std");
        }
        cols.add(name() + ".ad_similarity");
        return cols;
    }
}
