package org.newskg.store;

import java.util.List;

/**
 * What a build did: articles read and stored, the problems met (one line each, {@code file:line:col: message}),
 * and the store's counts afterwards.
 */
public record BuildReport(int stored, List<String> problems, StoreCounts counts) {
    public BuildReport {
        problems = List.copyOf(problems);
    }

    public boolean failed() { return !problems.isEmpty(); }
}
