package org.newskg.store;

import java.util.List;

/**
 * What a build did: articles extracted and stored, articles skipped because the store already held them unchanged,
 * old graphs removed because their source now holds a changed article, the problems met (one line each,
 * {@code file:line:col: message}), the quads written, and what the changed graphs mention (for the identity stage).
 * Store-wide totals are not part of it: they need a pass over the whole store ({@link KgStore#counts()},
 * {@code newskg stats}), which a build of a few articles into a big store should not pay.
 */
public record BuildReport(int stored, int skipped, int removed, List<String> problems, long quads, Changes changes) {
    public BuildReport {
        problems = List.copyOf(problems);
        if (changes == null) changes = Changes.everything();
    }

    public boolean failed() { return !problems.isEmpty(); }
}
