package io.vscreen.reports.store;

import java.io.IOException;

import io.vscreen.reports.Candidate;

/**
 * Holds every scored compound of a screen by row number (input order from 0) until the outputs
 * are written. One thread adds; once it is done, {@link #get} may be called from several threads
 * at once (the outputs read in parallel).
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
