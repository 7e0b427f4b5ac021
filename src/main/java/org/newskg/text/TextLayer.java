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
     * Whether a sentence is the article's headline: a paragraph of its own, at least four words, no final stop, and
     * no byline ("By ..."), with nothing before it but such lines of page furniture (section names, a document
     * number, a date: "STATEMENTS AND MESSAGES", "SG/SM/22154"). A headline repeats the story in headline style
     * ("North Korea says it tested new ICBM", "Secretary-General Gravely Concerned by Escalation"), so people and
     * statements are read from the body instead.
     */
    public boolean isHeadline(Sentence s) {
        if (s.index() >= MAX_LINES_BEFORE_HEADLINE || !ownLineWithoutStop(s) || s.token(0).text().equalsIgnoreCase("by")) return false;
        int words = 0;
        for (Token t : s.tokens()) if (t.isWord()) words++;
        if (words < 4) return false;
        for (int i = 0; i < s.index(); i++) {
            Sentence before = sentences.get(i);
            if (!ownLineWithoutStop(before)) return false;
            int w = 0;
            for (Token t : before.tokens()) if (t.isWord()) w++;
            if (w >= 4 && !before.token(0).text().equalsIgnoreCase("by")) return false;   // that line was the headline
        }
        return true;
    }

    /** Lines of page furniture that may stand above a headline. */
    private static final int MAX_LINES_BEFORE_HEADLINE = 8;

    private boolean ownLineWithoutStop(Sentence s) {
        if (s.size() == 0 || ".!?\"”:".contains(s.token(s.size() - 1).text())) return false;
        int[] p = paragraphs.get(s.paragraph());
        return p[0] == s.begin() && p[1] == s.end();
    }

    public String paragraphText(int paragraph) {
        int[] p = paragraphs.get(paragraph);
        return text().substring(p[0], p[1]);
    }
}
