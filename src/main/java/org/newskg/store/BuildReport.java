package org.newskg.store;

import java.util.List;

/**
 * What a build did: articles extracted and stored, articles skipped because the store already held them unchanged,
 * old graphs removed because their source now holds a changed article, the problems met (one line each,
 * {@code file:line:col: message}), and the store's counts afterwards.
 */
public record BuildReport(int stored, int skipped, int removed, List<String> problems, StoreCounts counts) {
    public BuildReport {
        problems = List.copyOf(problems);
    }

    public BuildReport(int stored, List<String> problems, StoreCounts counts) {
        this(stored, 0, 0, problems, counts);
    }

    public boolean failed() { return !problems.isEmpty(); }
}
