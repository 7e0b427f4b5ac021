package org.newskg.explore;

import java.util.Objects;

/**
 * Where a fact was read: the sentence ({@code nif:anchorOf}, empty when the fact has none, as for
 * {@code nkg:country}), its start offset, and the article it is in (IRI, source name, headline).
 */
public record Evidence(String sentence, long begin, String article, String sourceName, String headline) implements Comparable<Evidence> {
    public Evidence {
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(headline, "headline");
    }

    /** The article as a reader knows it: its source name, else its headline, else its IRI. */
    public String articleName() {
        return !sourceName.isEmpty() ? sourceName : !headline.isEmpty() ? headline : article;
    }

    /** The article id (the last segment of its IRI). */
    public String articleId() { return article.substring(article.lastIndexOf('/') + 1); }

    @Override
    public int compareTo(Evidence o) {
        int c = article.compareTo(o.article);
        if (c != 0) return c;
        c = Long.compare(begin, o.begin);
        return c != 0 ? c : sentence.compareTo(o.sentence);
    }
}
