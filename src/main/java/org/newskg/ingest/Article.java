package org.newskg.ingest;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One news article as read from its source, before any language processing.
 *
 * @param id         stable identifier: the source's own id, else derived from the URL, else from the text
 * @param sourceName where it came from (file name, with the line number for JSON Lines)
 * @param url        canonical URL, or null
 * @param title      headline, or null
 * @param outlet     publishing outlet ("Reuters"), or null
 * @param author     byline author as given by the source metadata, or null
 * @param published  publication date, or null when unknown
 * @param text       body text: Unicode, line breaks normalized to {@code \n}, never blank
 */
public record Article(String id, String sourceName, String url, String title, String outlet, String author,
                      LocalDate published, String text) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(text, "text");
        if (id.isBlank()) throw new IllegalArgumentException("article id is blank");
        if (text.isBlank()) throw new IllegalArgumentException("article text is blank: " + sourceName);
    }

    /** A copy with the publication date set where the source gave none. */
    public Article withDefaultPublished(LocalDate fallback) {
        return published != null || fallback == null ? this
                : new Article(id, sourceName, url, title, outlet, author, fallback, text);
    }
}
