package io.vscreen.reports.store;

import java.io.IOException;

import io.vscreen.reports.Candidate;

/**
 * Holds every scored compound of a screen by row number (input order from 0) until the outputs
 * are written. Not thread-safe: one writer adds, then readers get.
 */
public interface CandidateStore extends AutoCloseable {

    /** Stores a compound; returns its row. */
    int add(Candidate candidate) throws IOException;

    /** The compound at a row. */
    Candidate get(int row) throws IOException;

    int size();

    @Override
    void close() throws IOException;
}
