package io.vscreen.reports.store;

import java.util.ArrayList;
import java.util.List;

import io.vscreen.reports.Candidate;

/** Keeps the candidates in a list: for screens of up to a few hundred thousand compounds. */
public final class InMemoryCandidateStore implements CandidateStore {
    private final List<Candidate> candidates = new ArrayList<>();

    @Override
    public int add(Candidate candidate) {
        candidates.add(candidate);
        return candidates.size() - 1;
    }

    @Override
    public Candidate get(int row) {
        return candidates.get(row);
    }

    @Override
    public int size() {
        return candidates.size();
    }

    @Override
    public void close() {
        candidates.clear();
    }
}
