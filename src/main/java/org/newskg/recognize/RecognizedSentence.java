package org.newskg.recognize;

import org.newskg.text.Sentence;

import java.util.List;

/** A sentence with its mentions, sorted by position and not overlapping. */
public record RecognizedSentence(Sentence sentence, List<Mention> mentions) {
    public RecognizedSentence {
        mentions = List.copyOf(mentions);
    }

    /** The mention covering token {@code i}, or null. */
    public Mention at(int i) {
        for (Mention m : mentions) if (m.covers(i)) return m;
        return null;
    }
}
