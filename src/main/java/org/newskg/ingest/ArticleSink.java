package org.newskg.ingest;

/** Receives what a reader finds: articles, and problems that skip one input (or one JSON Lines record). */
public interface ArticleSink {
    void article(Article article);

    void problem(IngestException problem);
}
