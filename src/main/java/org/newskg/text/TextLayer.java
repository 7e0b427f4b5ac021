package org.newskg.text;

import org.newskg.ingest.Article;

import java.util.List;

/**
 * An article split into paragraphs (as offset pairs), sentences and quotations; {@code headline} is the index of the
 * headline sentence (see {@link #isHeadline}), or -1, decided once when the layer is built.
 */
public record TextLayer(Article article, List<Sentence> sentences, List<Quote> quotes, List<int[]> paragraphs, int headline) {
    public TextLayer {
        sentences = List.copyOf(sentences);
        quotes = List.copyOf(quotes);
        paragraphs = List.copyOf(paragraphs);
    }

    public TextLayer(Article article, List<Sentence> sentences, List<Quote> quotes, List<int[]> paragraphs) {
        this(article, sentences, quotes, paragraphs, headlineOf(sentences, paragraphs));
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
        if (headline < 0 || s.index() < headline) return false;
        if (s.index() == headline) return true;
        // "Security Council Press Release" above the real headline: a later leading line in title case is one too
        if (s.index() >= MAX_LINES_BEFORE_HEADLINE) return false;
        for (int i = headline + 1; i <= s.index(); i++) if (!ownLineWithoutStop(sentences.get(i), paragraphs)) return false;
        int words = 0;
        int capitalized = 0;
        for (Token t : s.tokens()) {
            if (t.text().matches("(19|20)\\d\\d")) return false;   // "Quito, 8 June 2026 | Politics": a dateline
            if (!t.isWord() || !Character.isLetter(t.text().codePointAt(0))) continue;
            words++;
            if (t.isCapitalized()) capitalized++;
        }
        return words >= 4 && !s.token(0).text().equalsIgnoreCase("by") && capitalized * 10 >= words * 7;
    }

    /**
     * The first of the leading lines of their own without a final stop that has four words or more and is no byline,
     * within the first {@link #MAX_LINES_BEFORE_HEADLINE} sentences; -1 when a sentence with a stop or sharing its
     * paragraph comes first.
     */
    private static int headlineOf(List<Sentence> sentences, List<int[]> paragraphs) {
        for (int i = 0; i < Math.min(MAX_LINES_BEFORE_HEADLINE, sentences.size()); i++) {
            Sentence s = sentences.get(i);
            if (!ownLineWithoutStop(s, paragraphs)) return -1;
            int words = 0;
            for (Token t : s.tokens()) if (t.isWord()) words++;
            if (words >= 4 && !s.token(0).text().equalsIgnoreCase("by")) return i;
        }
        return -1;
    }

    /** Lines of page furniture that may stand above a headline. */
    private static final int MAX_LINES_BEFORE_HEADLINE = 8;

    private static boolean ownLineWithoutStop(Sentence s, List<int[]> paragraphs) {
        if (s.size() == 0 || ".!?\"”:".contains(s.token(s.size() - 1).text())) return false;
        int[] p = paragraphs.get(s.paragraph());
        return p[0] == s.begin() && p[1] == s.end();
    }

    public String paragraphText(int paragraph) {
        int[] p = paragraphs.get(paragraph);
        return text().substring(p[0], p[1]);
    }
}
