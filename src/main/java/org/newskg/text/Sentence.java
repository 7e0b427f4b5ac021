package org.newskg.text;

import java.util.List;

/**
 * A sentence: its index in the article, the paragraph it belongs to, its offsets and its tokens.
 */
public record Sentence(int index, int paragraph, int begin, int end, String text, List<Token> tokens) {
    public Sentence {
        tokens = List.copyOf(tokens);
        if (end < begin) throw new IllegalArgumentException("bad sentence span " + begin + ".." + end);
    }

    public Token token(int i) { return tokens.get(i); }

    public int size() { return tokens.size(); }
}
