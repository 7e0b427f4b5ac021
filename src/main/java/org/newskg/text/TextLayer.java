package org.newskg.text;

import org.newskg.ingest.Article;

import java.util.List;

/** An article split into paragraphs (as offset pairs), sentences and quotations. */
public record TextLayer(Article article, List<Sentence> sentences, List<Quote> quotes, List<int[]> paragraphs) {
    public TextLayer {
        sentences = List.copyOf(sentences);
        quotes = List.copyOf(quotes);
        paragraphs = List.copyOf(paragraphs);
    }

    public String text() { return article.text(); }

    /** The quotation covering {@code offset}, or null. */
    public Quote quoteAt(int offset) {
        for (Quote q : quotes) if (q.contains(offset)) return q;
        return null;
    }

    /**
     * Whether a sentence is the article's headline: the first line, a paragraph of its own, at least four words, no
     * final stop, and no byline ("By ..."). A headline repeats the story in headline style ("North Korea says it
     * tested new ICBM", "Secretary-General Gravely Concerned by Escalation"), so people and statements are read
     * from the body instead.
     */
    public boolean isHeadline(Sentence s) {
        if (s.index() != 0 || s.size() < 4 || ".!?\"”:".contains(s.token(s.size() - 1).text())) return false;
        if (s.token(0).text().equalsIgnoreCase("by")) return false;
        int[] p = paragraphs.get(s.paragraph());
        if (p[0] != s.begin() || p[1] != s.end()) return false;
        int words = 0;
        for (Token t : s.tokens()) if (t.isWord()) words++;
        return words >= 4;
    }

    public String paragraphText(int paragraph) {
        int[] p = paragraphs.get(paragraph);
        return text().substring(p[0], p[1]);
    }
}
