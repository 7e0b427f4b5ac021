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

    public String paragraphText(int paragraph) {
        int[] p = paragraphs.get(paragraph);
        return text().substring(p[0], p[1]);
    }
}
